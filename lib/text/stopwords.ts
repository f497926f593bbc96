/** Common English words that carry no topic: pronouns, articles, prepositions, auxiliaries. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very was
we were what when where which while who whom why will with would you your yours yourself yourselves
like may might must us per via s t`.split(/\s+/),
);

/** Words every news story uses whatever its topic: attribution, titles of address, counts of time. */
export const NEWS_STOPWORDS: ReadonlySet<string> = new Set(
  'said says told according one two new year years mr mrs ms dr cnn get got'.split(' '),
);
