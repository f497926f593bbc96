import type { Article } from './types';

/**
 * Text normalisation at the pipeline boundary: every stage after it (segment, summarize,
 * officials, format) receives text without invisible or broken characters, so a key sentence
 * is always a verbatim piece of the cleaned article text. Each rule has its reason.
 */

/** A run of this many characters without a space or CJK punctuation is not a word. */
const MAX_WORD_CHARS = 1000;
/** What is kept of such a run: enough to recognise it, never enough to flood a digest. */
export const KEPT_WORD_CHARS = 100;

// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters.
export const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

const RULES: readonly { reason: string; test: RegExp; by: string }[] = [
  { reason: 'Windows and old Mac line ends', test: /\r\n?/g, by: '\n' },
  {
    reason: 'vertical tab, form feed, next line and the Unicode line/paragraph separators break lines',
    test: /[\v\f\u0085\u2028\u2029]/g,
    by: '\n',
  },
  {
    reason: 'C0 and C1 control characters (NUL, escape, bell...) are never text',
    test: CONTROL_CHARS,
    by: '',
  },
  {
    reason:
      "zero-width space, word joiner, byte-order mark and Mongolian vowel separator are invisible and split words (soft hyphens stay: they are the page's hyphenation hints, and word matching ignores them)",
    test: /[\u200b\u2060-\u2064\ufeff\u180e]/g,
    by: '',
  },
  {
    reason:
      'zero-width joiners next to ASCII, white space or an edge join nothing (they stay inside emoji and scripts that need them)',
    test: /(?<=[ -~\s]|^)[\u200c\u200d]+|[\u200c\u200d]+(?=[ -~\s]|$)/g,
    by: '',
  },
  {
    reason: 'bidi embeddings, overrides and isolates can reorder the text around them (LRM/RLM marks stay)',
    test: /[\u202a-\u202e\u2066-\u2069]/g,
    by: '',
  },
  { reason: 'noncharacters U+FFFE and U+FFFF', test: /[\ufffe\uffff]/g, by: '' },
  {
    reason: 'a lone surrogate is not a character: it becomes the replacement character',
    test: /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    by: '\ufffd',
  },
];

/** A character of a run: anything but white space and CJK punctuation (which CJK text breaks on). */
const RUN_CHAR = '[^\\s\\u3000-\\u303f\\uff00-\\uffef]';
/**
 * Runs of such characters longer than MAX_WORD_CHARS. Tried only where a run starts: from inside
 * a run just short of the limit it would rescan the run from every position (quadratic).
 */
const LONG_RUN = new RegExp(`(?<!${RUN_CHAR})${RUN_CHAR}{${MAX_WORD_CHARS + 1},}`, 'gu');

/** Shortens a run that cannot be a word (a data URL, a hash, a wall of one letter) to its start and "…". */
function shortenLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const kept = run.slice(0, KEPT_WORD_CHARS);
    return `${/[\ud800-\udbff]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
  });
}

/** Cleans text of invisible, control and broken characters; white space and line breaks are kept. */
export function sanitizeText(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.test, rule.by);
  return shortenLongRuns(out);
}

/** Cleans one line of text (a block, a title) and collapses its white space. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}

function optional(text: string | null): string | null {
  return text === null ? null : sanitizeLine(text) || null;
}

/** The article with every block and metadata string cleaned; blocks left empty are dropped. */
export function sanitizeArticle(article: Article): Article {
  const { meta } = article;
  return {
    meta: {
      title: sanitizeLine(meta.title),
      byline: optional(meta.byline),
      siteName: optional(meta.siteName),
      published: optional(meta.published),
      lang: optional(meta.lang),
      url: optional(meta.url),
    },
    blocks: article.blocks.map((b) => ({ ...b, text: sanitizeLine(b.text) })).filter((b) => b.text),
  };
}

/** Why a string is not clean text, or null: the check the fuzz tests apply to every digest string. */
export function uncleanReason(text: string): string | null {
  for (const rule of RULES) {
    if (rule.by === '\n') continue;
    rule.test.lastIndex = 0;
    if (rule.test.test(text)) return rule.reason;
  }
  if (new RegExp(LONG_RUN.source, 'u').test(text)) return `a run of more than ${MAX_WORD_CHARS} characters`;
  return null;
}
