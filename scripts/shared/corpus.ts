/** The shared development data (../shared/corpus, or $NEWSGIST_SHARED): never read by the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const SHARED = process.env.NEWSGIST_SHARED ?? join(process.cwd(), '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');

/** A CNN/DailyMail story: {"id","article","highlights"} on each line of cnndm-dev.jsonl. */
export interface Story {
  id: string;
  article: string;
  highlights: string;
}

/** The stories of a JSON-lines file (by default the shared cnndm-dev.jsonl). */
export function readStories(file = join(CORPUS, 'cnndm-dev.jsonl')): Story[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Story);
}

/** An extraction page as index.json lists it, with its saved HTML read (Zyte pages are gzipped). */
export interface Page {
  id: string;
  source: 'zyte' | 'mozilla';
  url: string;
  html: string;
  /** Where its true text and metadata are, relative to the folder. */
  truth: { file?: string; key?: string; expectedHtml?: string; expectedMetadata?: string };
}

/** The pages of an extraction folder (by default the shared extraction-dev), the first `limit` of them. */
export function readPages(dir = join(CORPUS, 'extraction-dev'), limit = Number.POSITIVE_INFINITY): Page[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { items: Page[] };
  return index.items.slice(0, limit).map((item) => {
    const raw = readFileSync(join(dir, item.html));
    return { ...item, html: (item.html.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8') };
  });
}
