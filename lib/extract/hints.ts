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
  'comment',
  'comments',
  'consent',
  'cookie',
  'cookies',
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
  'toolbar',
  'trending',
]);

/**
 * Words that say "not the article" on their own, whatever the element holds (no link test): the
 * boxes of a site's notices, and the furniture inside the article's own markup (furniture.ts).
 */
const NEVER_ARTICLE = new Set([
  'consent',
  'cookie',
  'cookies',
  'gdpr',
  'newsletter',
  'newsletters',
  'paywall',
  'signup',
  // captions and credits of photos and graphics
  'caption',
  'captions',
  'figcaption',
  'imagecaption',
  'photocaption',
  'credit',
  'credits',
  // the standfirst ("dek", "summary", "abstract") is the editor's, not the author's article body
  'standfirst',
  'dek',
  'strapline',
  'summary',
  'abstract',
  // video players and their teasers
  'player',
  'playlist',
  'jwplayer',
  // affiliate and sponsorship disclosures
  'disclosure',
  'disclaimer',
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

/** How strongly an element's class or id says it is boilerplate. */
export type Hint = 'none' | 'weak' | 'strong';

/** What one class or id token says: a hint, or 'body' when it names the article body alone. */
type TokenHint = Hint | 'body';

/** What each class or id token said, for one page. */
export type HintCache = Map<string, TokenHint>;

function tokenHint(token: string): TokenHint {
  const words = hintWords(token);
  if (words.some((w) => NEVER_ARTICLE.has(w))) return 'strong';
  if (words.some((w) => NOT_ARTICLE.has(w))) return 'weak';
  return words.some((w) => ARTICLE.has(w)) ? 'body' : 'none';
}

/**
 * Reads an element's class and id: 'strong' when a token names a box that is never the article
 * (cookie notice, newsletter sign-up, paywall), 'weak' when a token holds a NOT_ARTICLE word
 * ("article-related", "shareBar"), 'none' otherwise or when another token reads as the article
 * body alone ("entry-content has-comments": the body token wins). Pages repeat the same class
 * tokens thousands of times: pass a cache to read each token once.
 */
export function boilerplateHint(el: Element, cache: HintCache = new Map()): Hint {
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let hint: Hint = 'none';
  for (const token of value.split(/\s+/)) {
    if (!token) continue;
    let said = cache.get(token);
    if (said === undefined) {
      said = tokenHint(token);
      cache.set(token, said);
    }
    if (said === 'body') return 'none';
    if (said === 'strong' || (said === 'weak' && hint === 'none')) hint = said;
  }
  return hint;
}
