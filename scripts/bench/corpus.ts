/** The shared evaluation data the benchmarks read (never the tests: they use tests/fixtures). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const SHARED = process.env.NEWSGIST_SHARED ?? join(process.cwd(), '..', 'shared');
const CORPUS = join(SHARED, 'corpus');

export interface Story {
  id: string;
  article: string;
}

/** The CNN/DailyMail dev stories (id and article text). */
export function loadStories(): Story[] {
  return readFileSync(join(CORPUS, 'cnndm-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const { id, article } = JSON.parse(line) as Story;
      return { id, article };
    });
}

export interface Page {
  id: string;
  url: string;
  html: string;
}

/** The extraction dev pages (Zyte pages are stored gzipped). */
export function loadPages(): Page[] {
  const indexFile = join(CORPUS, 'extraction-dev', 'index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { items: { id: string; url: string; html: string }[] };
  return index.items.map((item) => {
    const raw = readFileSync(join(dirname(indexFile), item.html));
    return { id: item.id, url: item.url, html: (item.html.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8') };
  });
}
