/**
 * Datelines, bylines and author bios: lines that belong in metadata, not in the body.
 */

const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';
const WEEKDAY = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const HAS_DATE = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}\\b|\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b|\\b\\d{1,2}:\\d{2}\\b`,
  'i',
);
const TIME_ZONE = /\b[A-Z]{2,4}\b/g;
const DATE_WORDS = new RegExp(
  `\\b(${MONTH}|${WEEKDAY}|updated|published|posted|original|originally|last|modified|on|at|and|am|pm|a\\.m|p\\.m|\\d+(st|nd|rd|th)?)\\b\\.?`,
  'gi',
);

// Word limits below split with a limit: a 2 MB block is not split whole to learn it is long.

/** "Updated 5:27 am CST, Wednesday, November 20, 2019", "November 18, 2019 | 4:10pm". */
export function isDateline(text: string): boolean {
  if (text.split(/\s+/, 19).length > 18 || !HAS_DATE.test(text)) return false;
  const rest =
    text
      .replace(TIME_ZONE, ' ')
      .replace(DATE_WORDS, ' ')
      .match(/\p{L}{2,}/gu) ?? [];
  return rest.length <= 1;
}

/** Lower-case letters and digits only, single-spaced: for comparing lines whatever their punctuation. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "By Jane Doe", or a short line that repeats the byline the page gives in its metadata. */
export function isByline(text: string, byline: string | null): boolean {
  const words = text.split(/\s+/, 13).length;
  if (words > 12) return false;
  if (/^by\b/i.test(text) && !/[.!?]$/.test(text)) return true;
  if (!byline) return false;
  const line = foldText(text.replace(/^by\s+/i, ''));
  const known = foldText(byline.replace(/^by\s+/i, ''));
  return line.length > 0 && known.length > 0 && (known.includes(line) || line.includes(known));
}

const JOB =
  /\b(writer|reporter|editor|journalist|correspondent|contributor|columnist|author|curator|producer|freelancer|freelance|staff|blogger|photographer|analyst)\b/i;

/**
 * A caption that names the photo's source: "Benoit Tessier/Reuters", "(Photo: AP)",
 * "Jane Doe / AFP - Getty Images". Captions without a credit (a diagram's legend) stay.
 */
export function hasPhotoCredit(caption: string): boolean {
  return /\p{L}\s?\/\s?\p{Lu}|\b(getty images|reuters|afp|ap photo|associated press|photo|photograph|credit|courtesy|image|shutterstock)\b/iu.test(
    caption,
  );
}

/**
 * A closing call to the reader: "Follow @x on Twitter to...", "Join our forums...", "If you
 * enjoyed this article...", "Listen back here". Only judged at the end of the body.
 */
export function isPromo(text: string): boolean {
  if (text.split(/\s+/, 61).length > 60) return false;
  return (
    /^(follow|join|listen|start your|get|sign|subscribe|download|click|check out|like|share|support|become|try|stay|keep up|don't miss|want more|tell us)\b/i.test(
      text,
    ) || /\bif you (enjoyed|liked|like|enjoy|found)\b|\blet us know\b/i.test(text)
  );
}

/** "Jane Doe is a freelance writer living in Minneapolis": the author's bio after the article. */
export function isAuthorBio(text: string): boolean {
  const words = text.split(/\s+/, 61).length;
  if (words > 60) return false;
  return /^\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){0,3}\s(is|was|has been|covers)\s/u.test(text) && JOB.test(text);
}
