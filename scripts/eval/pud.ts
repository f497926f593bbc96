/**
 * Reads the Universal Dependencies PUD treebanks (the same 1,000 news and wiki sentences in many
 * languages) from the git-ignored cache `.cache/pud/` (see DATA.md for their source and licence).
 * A document is the sentences whose `sent_id` share their first six characters ("n01001"), in
 * file order; its running text is their `# text =` lines joined by a space, or by nothing in
 * Chinese and Japanese (which put no space after a sentence).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PUD_LANGUAGES = ['en', 'fr', 'de', 'es', 'ru', 'ja', 'zh', 'ko', 'ar'] as const;
export type PudLanguage = (typeof PUD_LANGUAGES)[number];

export interface PudSentence {
  /** "n01001011": the same id in every language's file (the sentences are translations). */
  id: string;
  text: string;
}

export interface PudDocument {
  id: string;
  sentences: PudSentence[];
  /** The sentences as running text. */
  text: string;
  /** Offsets in `text` where each sentence ends (the last one is the end of the text). */
  ends: number[];
}

export const PUD_DIR = join(import.meta.dirname, '..', '..', '.cache', 'pud');

export function pudPath(lang: PudLanguage): string {
  return join(PUD_DIR, `${lang}_pud-ud-test.conllu`);
}

export function hasPud(lang: PudLanguage): boolean {
  return existsSync(pudPath(lang));
}

const NO_SPACE_BETWEEN_SENTENCES = new Set<PudLanguage>(['ja', 'zh']);

/** The sentences of a CoNLL-U file, in order, from its `# sent_id` and `# text` lines. */
export function parseConllu(source: string): PudSentence[] {
  const out: PudSentence[] = [];
  let id: string | null = null;
  for (const line of source.split('\n')) {
    if (line.startsWith('# sent_id =')) id = line.slice(11).trim();
    else if (line.startsWith('# text =') && id) {
      out.push({ id, text: line.slice(8).trim() });
      id = null;
    }
  }
  return out;
}

/** The documents of one language's PUD file, in file order. */
export function pudDocuments(lang: PudLanguage): PudDocument[] {
  const sentences = parseConllu(readFileSync(pudPath(lang), 'utf8'));
  const glue = NO_SPACE_BETWEEN_SENTENCES.has(lang) ? '' : ' ';
  const docs = new Map<string, PudSentence[]>();
  for (const s of sentences) {
    const key = s.id.slice(0, 6);
    const list = docs.get(key) ?? [];
    list.push(s);
    docs.set(key, list);
  }
  return [...docs].map(([id, list]) => {
    let text = '';
    const ends: number[] = [];
    list.forEach((s, k) => {
      if (k > 0) text += glue;
      text += s.text;
      ends.push(text.length);
    });
    return { id, sentences: list, text, ends };
  });
}
