import { readingMinutes } from './reading';
import { keySentences } from './select';
import type { Digest, Person } from './types';
import { webUrl } from './url';

export type CopyFormat = 'text' | 'markdown';

/** Site, byline and date, those the page gives: the popup's source line and the copies' both. */
export function sourceParts(d: Digest): string[] {
  return [d.siteName, d.byline, d.published ? formatDate(d.published) : null].filter((p): p is string => Boolean(p));
}

function sourceLine(d: Digest): string {
  return [...sourceParts(d), `${readingMinutes(d.words)} min read`].join(' · ');
}

/** A date the way a reader writes it ("18 June 2023"); the input when it is not a date. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export function personLine(p: Person): string {
  return p.role ? `${p.name} — ${p.role}` : p.name;
}

/** A URL that cannot break out of a Markdown link: parentheses and spaces percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Soft hyphens are the page's line-break hints: a copy pasted elsewhere is cleaner without them. */
const withoutSoftHyphens = (text: string) => text.replace(/\u00ad/g, '');

/** The digest as plain text: headline, source line, key sentences as bullets, officials. */
export function toPlainText(d: Digest, sentences: number): string {
  const lines = [d.title, sourceLine(d)];
  const url = webUrl(d.url);
  if (url) lines.push(url);
  lines.push('', ...keySentences(d.ranked, sentences).map((s) => `• ${s.text}`));
  const officials = d.people.filter((p) => p.official);
  if (officials.length) lines.push('', 'Officials:', ...officials.map((p) => `• ${personLine(p)}`));
  return withoutSoftHyphens(lines.join('\n'));
}

/** The digest as Markdown: the headline linked to the page, bullets, officials. */
export function toMarkdown(d: Digest, sentences: number): string {
  const title = escapeMarkdown(d.title || 'Untitled');
  const url = webUrl(d.url);
  const lines = [
    url ? `### [${title}](${safeUrl(url)})` : `### ${title}`,
    '',
    `*${escapeMarkdown(sourceLine(d))}*`,
    '',
  ];
  lines.push(...keySentences(d.ranked, sentences).map((s) => `- ${escapeMarkdown(s.text)}`));
  const officials = d.people.filter((p) => p.official);
  if (officials.length) {
    lines.push(
      '',
      '**Officials**',
      '',
      ...officials.map((p) => `- **${escapeMarkdown(p.name)}**${p.role ? ` — ${escapeMarkdown(p.role)}` : ''}`),
    );
  }
  return withoutSoftHyphens(lines.join('\n'));
}

export function formatDigest(d: Digest, sentences: number, format: CopyFormat): string {
  return format === 'markdown' ? toMarkdown(d, sentences) : toPlainText(d, sentences);
}
