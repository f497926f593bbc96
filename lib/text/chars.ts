/**
 * The one character policy of the pipeline. Text is cleaned where it enters (the article's
 * blocks and metadata, a CLI text file): every stage after it (segment, summarize, officials,
 * format) receives text without invisible or broken characters, so a key sentence is always a
 * verbatim piece of the cleaned article text. The in-page highlighter skips the same invisible
 * characters in the page's text (IGNORED_IN_PAGE), so it finds every sentence the digest quotes.
 */

/** A run of this many characters without a space or CJK punctuation is not a word. */
const MAX_WORD_CHARS = 1000;
/** What is kept of such a run: enough to recognise it, never enough to flood a digest. */
export const KEPT_WORD_CHARS = 100;

/**
 * Invisible characters that carry nothing a reader sees: the soft hyphen (a line-break hint),
 * zero-width space, word joiner and invisible operators, the byte-order mark and the Mongolian
 * vowel separator. Removed wherever they stand. (A character class body, to build patterns from.)
 */
export const INVISIBLE = '\\u00ad\\u200b\\u2060-\\u2064\\ufeff\\u180e';
/** Zero-width non-joiner and joiner: invisible, but they shape emoji and several scripts. */
const JOINERS = '\\u200c\\u200d';
/** Bidi embeddings, overrides and isolates (LRM/RLM marks are not among them and stay). */
const BIDI_CONTROLS = '\\u202a-\\u202e\\u2066-\\u2069';
/** Every character cleaning may remove from a text that is otherwise kept: what matching ignores. */
export const IGNORED_IN_PAGE = `${INVISIBLE}${JOINERS}${BIDI_CONTROLS}`;

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
      'soft hyphens, zero-width spaces, word joiners, byte-order marks and Mongolian vowel separators are invisible and split words',
    test: new RegExp(`[${INVISIBLE}]`, 'g'),
    by: '',
  },
  {
    reason:
      'zero-width joiners next to ASCII, white space or an edge join nothing (they stay inside emoji and scripts that need them)',
    test: new RegExp(`(?<=[ -~\\s]|^)[${JOINERS}]+|[${JOINERS}]+(?=[ -~\\s]|$)`, 'g'),
    by: '',
  },
  {
    reason: 'bidi embeddings, overrides and isolates can reorder the text around them (LRM/RLM marks stay)',
    test: new RegExp(`[${BIDI_CONTROLS}]`, 'g'),
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
