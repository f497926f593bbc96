/**
 * The one shape every stage of Newsgist agrees on. The pipeline is
 * extract (Document | text → Article) → segment (Article → Sentence[]) →
 * summarize (ranked key sentences) + officials (named people with roles) → Digest.
 */

/** A block of article text: a paragraph, a heading or a list item. */
export interface Block {
  kind: 'p' | 'h' | 'li' | 'quote';
  text: string;
}

/** What the page says about itself. Every field is optional except the title. */
export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives one. */
  published: string | null;
  /** BCP 47 language tag as declared by the page (or null). */
  lang: string | null;
  url: string | null;
  /** The URL the page declares as its own (link rel=canonical, og:url), when it gives one. */
  canonicalUrl?: string | null;
  /** The page's one-line summary (description meta tags or the first paragraph, per Readability). */
  excerpt?: string | null;
}

export interface Article {
  meta: ArticleMeta;
  blocks: Block[];
}

/** One sentence of the article, verbatim, with its place in the text. */
export interface Sentence {
  text: string;
  /** Position among all sentences of the article (0-based). */
  index: number;
  /** Index of the block it comes from. */
  block: number;
}

/** A key sentence as chosen by the summarizer. */
export interface KeySentence {
  text: string;
  /** Position among all sentences of the article, for article order. */
  index: number;
}

/** A named person of the article, merged over all their mentions. */
export interface Person {
  /** The full name as first written ("Antony Blinken"). */
  name: string;
  /** The role as the article states it ("US Secretary of State"), or null. */
  role: string | null;
  /** True when the role is an office: government, party, court, police, company... */
  official: boolean;
  /** Other forms used for the same person ("Mr Blinken", "Blinken"). */
  aliases: string[];
  mentions: number;
  /** The sentence that states the role, verbatim (null when there is no role). */
  evidence: string | null;
}

export type Notice = { kind: 'short'; words: number } | { kind: 'truncated'; words: number; totalWords: number };

/** The language a digest was read in (lib/language.ts). */
export interface Language {
  /** ISO 639 code ("en", "ja"). */
  code: string;
  /** Its English name ("Japanese"). */
  name: string;
  /** Where it came from: the page's own tag, the text itself, or assumed (no tag, too little text). */
  source: 'page' | 'text' | 'default';
  /** Written right to left (Arabic, Hebrew, Persian, Urdu...). */
  rtl: boolean;
  /** Words separated by spaces; false for Chinese, Japanese, Thai: reading time counts characters. */
  spaced: boolean;
  /** Newsgist knows the language's common words (key sentences weigh the others). */
  stopwords: boolean;
  /** How its reading time is counted: words a minute, or characters a minute (Chinese, Japanese). */
  pace: ReadingPace;
}

export interface ReadingPace {
  unit: 'word' | 'character';
  perMinute: number;
}

export interface Digest {
  title: string;
  url: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  /** The language the article was read in; people are recognised in English articles only. */
  language: Language;
  /** Words in the article body that the digest was built from. */
  words: number;
  /** The same body's length in its language's reading unit (`language.pace`): words or characters. */
  readingSize: number;
  /**
   * Key sentences in the order the summarizer chose them (best first). The first N, put back
   * in article order, are the N-sentence digest: see `keySentences`.
   */
  ranked: KeySentence[];
  /** Named people, officials first, each group by importance. */
  people: Person[];
  notices: Notice[];
}

/**
 * Why the pipeline gives no digest. Only what lib/ itself can find out: why a browser would not let
 * Newsgist read a tab (a protected page, a closed tab, a page still loading) is the glue's to say
 * (entrypoints/shared/errors.ts).
 */
export type DigestErrorCode =
  /** The page or text holds no words. */
  | 'empty'
  /** Readability found no article: a home page, a search page, a video. */
  | 'no-article'
  /** Anything else: the reason says what happened. */
  | 'failed';

/**
 * Why there is no digest, as data: lib/ holds no interface words. The popup and the CLI word it
 * from the interface messages (entrypoints/shared/wording.ts).
 */
export type DigestReason =
  /** An extracted article without a word. */
  | { kind: 'empty-article' }
  /** Plain text without a letter or digit. */
  | { kind: 'empty-text' }
  /** A page without a letter or digit outside scripts and styles (maybe images or media). */
  | { kind: 'empty-page' }
  /** `words` read (of `total`) hold no sentence worth quoting: labels, tokens, one-word lines. */
  | { kind: 'no-sentence'; words: number; total: number }
  | { kind: 'frameset' }
  /** A video or media page. */
  | { kind: 'media-page' }
  /** A home page, a list of links, a navigation page. */
  | { kind: 'link-page' }
  /** A stage threw: `detail` is the exception's own message, as the runtime wrote it. */
  | { kind: 'crashed'; input: 'page' | 'text'; detail: string };

export interface DigestError {
  code: DigestErrorCode;
  reason: DigestReason;
}

/** A digest with the article it was built from, or the reason there is none. */
export type DigestResult = { ok: true; digest: Digest; article: Article } | { ok: false; error: DigestError };

export interface DigestOptions {
  /** How many ranked sentences to keep in the digest (the reader may show fewer). */
  maxSentences?: number;
}
