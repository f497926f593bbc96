import { readingMinutes } from './reading';
import { keySentences } from './select';
import type { Digest, Person } from './types';
import { webUrl } from './url';

export type CopyFormat = 'text' | 'markdown';

/**
 * The words of a copy, in the reader's interface language: lib/ holds none, the glue passes them
 * (entrypoints/shared/wording.ts, copyWords) as plain data, which an offscreen document can receive.
 */
export interface CopyWords {
  /** The interface language's tag: the date and the reading time are written for it. */
  locale: string;
  /** The reading time, `$1` standing for the minutes ("$1 min read"). */
  readingTime: string;
  /** The officials' heading in Markdown ("Officials"), and its label in plain text ("Officials:"). */
  officials: string;
  officialsLabel: string;
  /** The headline of an article without one. */
  untitled: string;
}

/** Site, byline and date (written for `locale`), those the page gives: the popup's source line and the copies' both. */
export function sourceParts(d: Digest, locale: string): string[] {
  return [d.siteName, d.byline, d.published ? formatDate(d.published, locale) : null].filter((p): p is string =>
    Boolean(p),
  );
}

function sourceLine(d: Digest, words: CopyWords): string {
  const minutes = readingMinutes(d.readingSize, d.language.pace.perMinute);
  const time = words.readingTime.replace('$1', new Intl.NumberFormat(words.locale).format(minutes));
  return [...sourceParts(d, words.locale), time].join(' · ');
}

/** Milliseconds of a calendar day (month 1–12) in UTC: arithmetic on the given numbers. */
// biome-ignore lint/style/noRestrictedGlobals: Date.UTC reads no clock; lib/ stays deterministic.
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

/** A date the way a reader of `locale` writes it ("18 June 2023"); the input when it is not a calendar date. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = (utcDay(year, month + 1, 1) - utcDay(year, month, 1)) / 86_400_000;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return iso;
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return long.format(utcDay(year, month, day));
}

export function personLine(p: Person): string {
  return p.role ? `${p.name} — ${p.role}` : p.name;
}

/** A URL that cannot break out of a Markdown link: parentheses and spaces percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text that Markdown shows as written: inline markup escaped, and a list marker at the start
 * ("1. ", "2) ", "+ ", "- ") escaped, so a sentence never turns into a nested list.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([+-])(?=\s|$)/, '\\$1');
}

/** The digest as plain text: headline, source line, key sentences as bullets, officials. */
export function toPlainText(d: Digest, sentences: number, words: CopyWords): string {
  const lines = [d.title || words.untitled, sourceLine(d, words)];
  const url = webUrl(d.url);
  if (url) lines.push(url);
  lines.push('', ...keySentences(d.ranked, sentences).map((s) => `• ${s.text}`));
  const officials = d.people.filter((p) => p.official);
  if (officials.length) lines.push('', words.officialsLabel, ...officials.map((p) => `• ${personLine(p)}`));
  return lines.join('\n');
}

/** The digest as Markdown: the headline linked to the page, bullets, officials. */
export function toMarkdown(d: Digest, sentences: number, words: CopyWords): string {
  const title = escapeMarkdown(d.title || words.untitled);
  const url = webUrl(d.url);
  const lines = [
    url ? `### [${title}](${safeUrl(url)})` : `### ${title}`,
    '',
    `*${escapeMarkdown(sourceLine(d, words))}*`,
    '',
  ];
  lines.push(...keySentences(d.ranked, sentences).map((s) => `- ${escapeMarkdown(s.text)}`));
  const officials = d.people.filter((p) => p.official);
  if (officials.length) {
    lines.push(
      '',
      `**${escapeMarkdown(words.officials)}**`,
      '',
      ...officials.map((p) => `- **${escapeMarkdown(p.name)}**${p.role ? ` — ${escapeMarkdown(p.role)}` : ''}`),
    );
  }
  return lines.join('\n');
}

export function formatDigest(d: Digest, sentences: number, format: CopyFormat, words: CopyWords): string {
  return format === 'markdown' ? toMarkdown(d, sentences, words) : toPlainText(d, sentences, words);
}
