/**
 * What the reader is told about the language a digest was read in, computed with the digest
 * (Language.report), so the popup only shows it.
 */
import type { Language, LanguageReport } from './types';

export type { LanguageReport } from './types';

const SOURCE: Record<Language['source'], string> = {
  page: "the page's language",
  text: 'detected from the text',
  default: 'assumed: too little text to tell',
};

export const PEOPLE_ENGLISH_ONLY = 'People are recognised in English articles.';

export function languageReport(lang: Omit<Language, 'report'>): LanguageReport {
  const english = lang.code === 'en';
  const parts = ['key sentences'];
  if (english) parts.push('named officials');
  parts.push(`reading time in ${lang.pace.unit}s`);
  return {
    read: `Read as ${lang.name} (${SOURCE[lang.source]})`,
    gets: parts.join(', '),
    people: english ? null : PEOPLE_ENGLISH_ONLY,
  };
}
