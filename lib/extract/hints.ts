/**
 * Class and id words that say what an element is. Words are split on separators and camelCase
 * ("relatedStories" → related, stories), so a hint is matched as a whole word, never as a
 * substring ("shareholders" is not "share").
 */

/** Words that mark an element as not the article. */
const NOT_ARTICLE = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'banner',
  'bio',
  'byline',
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
  'credit',
  'credits',
  'dateline',
  'disqus',
  'gdpr',
  'newsletter',
  'newsletters',
  'outbrain',
  'paywall',
  'promo',
  'promos',
  'promotion',
  'recirc',
  'recommended',
  'recommendations',
  'related',
  'share',
  'sharing',
  'sharebar',
  'signup',
  'social',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'taboola',
  'timestamp',
  'toolbar',
  'trending',
]);

/** Words that mark an element as (part of) the article body: they veto a NOT_ARTICLE word. */
const ARTICLE = new Set(['article', 'body', 'content', 'entry', 'main', 'post', 'story', 'text']);

/** The lower-case words of a class or id value. */
export function hintWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True when an element's class or id says it is boilerplate: one of its tokens holds a
 * NOT_ARTICLE word ("article-related", "shareBar") and no other token reads as the article body
 * alone ("entry-content has-comments" stays: the body token wins).
 */
export function hintsBoilerplate(el: Element): boolean {
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let flagged = false;
  for (const token of value.split(/\s+/)) {
    if (!token) continue;
    const words = hintWords(token);
    if (words.some((w) => NOT_ARTICLE.has(w))) flagged = true;
    else if (words.some((w) => ARTICLE.has(w))) return false;
  }
  return flagged;
}
