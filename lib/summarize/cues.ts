/**
 * Cues the ranker reads in the words of a sentence, for the languages it knows them in: naming a
 * source ("said", « a déclaré », „sagte“, 表示), speaking in the first person, and opening with a
 * word that leans on the sentence before ("But", « Mais », „Aber“, 但是). English has its own,
 * finer rules in features.ts. In a language not listed here these cues are off and the ranker
 * reads only what needs no words (position, centrality, length, quotation, numbers).
 *
 * The lists are small on purpose: the commonest reporting verbs and connectives of news prose,
 * written from each language's grammar, not fitted to any evaluation set.
 */
export interface LanguageCues {
  attribution: RegExp;
  firstPerson: RegExp;
  dangling: RegExp;
}

/** A word of a spaced script: not inside a longer run of letters. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'iu');
/** Words at the start of the sentence (after an opening quotation mark), in any case. */
const opener = (alternatives: string) => new RegExp(`^[«„“"'‘「『]?\\s*(?:${alternatives})(?![\\p{L}\\p{M}])`, 'iu');
/** In scripts without spaces: the characters themselves. */
const chars = (alternatives: string) => new RegExp(`(?:${alternatives})`, 'u');
const startsWith = (alternatives: string) => new RegExp(`^[「『“"]?(?:${alternatives})`, 'u');

const CUES: Readonly<Record<string, LanguageCues>> = {
  fr: {
    attribution: word(
      "a déclaré|a dit|a affirmé|a indiqué|a expliqué|a ajouté|a précisé|a souligné|déclare|affirme|explique|selon|d['’]après",
    ),
    firstPerson: word("je|j['’]|nous|moi|mon|ma|mes|notre|nos"),
    dangling: opener(
      "mais|et|cependant|pourtant|toutefois|néanmoins|ainsi|donc|en outre|de plus|par ailleurs|il(?!\\s+y\\s+a)|elle|ils|elles|cela|ceci|ce sont|c['’]est",
    ),
  },
  de: {
    attribution: word('sagte|sagt|sagten|erklärte|erklärt|betonte|berichtete|teilte|laut|zufolge'),
    firstPerson: word('ich|wir|mich|mir|uns|mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer'),
    // Not "Es" alone ("Es gibt…": there is), but "Es ist/war", as English "It is/was".
    dangling: opener(
      'aber|und|doch|jedoch|allerdings|trotzdem|deshalb|daher|dabei|damit|außerdem|zudem|er|sie|dies|es ist|es war',
    ),
  },
  es: {
    attribution: word('dijo|dice|afirmó|declaró|explicó|señaló|aseguró|indicó|añadió|según'),
    firstPerson: word('yo|nosotros|nosotras|mi|mis|nuestro|nuestra|nuestros|nuestras'),
    // Spanish drops the subject pronoun: a sentence opening on ser or estar ("Fue detenido", "Es
    // increíble") takes its subject from the sentence before, as English "He was", "It is".
    dangling: opener(
      'pero|sin embargo|no obstante|además|así|por lo tanto|por eso|también|y|él|ella|ellos|ellas|esto|eso|es|son|era|eran|fue|fueron|está|están|estaba|estaban',
    ),
  },
  pt: {
    attribution: word('disse|afirmou|declarou|explicou|segundo|de acordo com'),
    firstPerson: word('eu|nós|meu|minha|meus|minhas|nosso|nossa|nossos|nossas'),
    dangling: opener('mas|porém|contudo|no entanto|além disso|assim|por isso|também|ele|ela|eles|elas|isso|isto'),
  },
  it: {
    attribution: word('ha detto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|secondo'),
    firstPerson: word('io|noi|mio|mia|miei|mie|nostro|nostra|nostri|nostre'),
    dangling: opener('ma|però|tuttavia|inoltre|quindi|così|anche|lui|lei|loro|questo|ciò'),
  },
  ru: {
    attribution: word(
      'сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|отметил|отметила|по словам|по данным',
    ),
    firstPerson: word('я|мы|меня|мне|нас|нам|мой|моя|моё|мое|мои|наш|наша|наше|наши'),
    dangling: opener('но|и|однако|поэтому|кроме того|также|тем не менее|он|она|они|оно|это'),
  },
  ja: {
    // The quotative と, then perhaps who spoke and to whom (「…」と首相は記者団に語った), then a
    // verb of saying in the past or the present (述べた, 述べている, 言う). Not という ("called").
    attribution: chars(
      'と[^。「」『』]{0,30}?(?:述べ|語っ|語る|話し|言っ|言う|言い足し|説明し|発表し|明らかにし|付け加え)|によると|によれば',
    ),
    firstPerson: chars('私|僕|我々|わたし'),
    dangling: startsWith('しかし|だが|また|さらに|そのため|それ|これは|彼|だから'),
  },
  zh: {
    // Not 说 in 说明 (explain) or 小说 (novel), nor 据 in 数据 (data).
    // Simplified and traditional forms alike (说/說, 据/據, 称/稱, 报道/報導, 告诉/告訴).
    attribution: chars(
      '表示|指出|[称稱](?=[，,：:])|[据據](?:[报報][道導]|悉|[称稱])|[据據].{1,8}?(?:[报報][道導]|消息|介[绍紹])|告[诉訴]|(?<![小听聽解游遊])[说說](?![明服法])',
    ),
    firstPerson: chars('我'),
    // 这/這 standing for what came before (这是, 这让, 这，), not one with its own noun (这家公司).
    dangling: startsWith(
      '但|然而|不[过過]|因此|所以|此外|而且|同[时時]|之[后後]|然[后後]|他|她|它|[这這](?:[是也就都还還让讓使导導]|[，,])',
    ),
  },
  ko: {
    attribution: chars('말했다|밝혔다|전했다|설명했다|덧붙였다|따르면|강조했다'),
    firstPerson: chars('나는|내가|우리|저는|제가'),
    dangling: startsWith('하지만|그러나|그런데|그리고|따라서|그래서|또한|그는|그녀는|그들은|이는|이것은'),
  },
  ar: {
    attribution: word('قال|قالت|وقال|وقالت|أضاف|وأضاف|أضافت|صرح|أوضح|وفقا|وفقاً|حسب|بحسب'),
    firstPerson: word('أنا|نحن'),
    dangling: opener('لكن|ولكن|غير أن|وهو|وهي|هذا|وهذا|لذلك|كما'),
  },
};

/** The cues of `lang` (an ISO 639-1 code), or null when Newsgist knows none for it. */
export function cuesFor(lang: string): LanguageCues | null {
  return CUES[lang] ?? null;
}

/** Paired quotation marks other than the English ones: « », „ “, 「 」, 『 』. */
const PAIRED_QUOTE = /«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』/g;

/** The text without what is inside paired quotation marks (« », „ “, 「 」, 『 』). */
export function outsidePairedQuotes(text: string): string {
  return text.replace(PAIRED_QUOTE, ' ');
}

/** The length of the text inside paired quotation marks (« », „ “, 「 」, 『 』), in characters. */
export function pairedQuoteChars(text: string): number {
  let n = 0;
  for (const m of text.matchAll(PAIRED_QUOTE)) n += m[0].length;
  return n;
}
