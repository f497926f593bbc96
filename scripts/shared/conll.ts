/**
 * CoNLL-2003 English as Newsgist reads it: documents of sentences, each sentence rebuilt as
 * plain text (tokens joined the way a news page writes them) with its person names as character
 * spans. Used by `npm run train:people` and `npm run eval:people`; the files live in the
 * git-ignored .cache/conll2003/ and are checked against the sha256 recorded in DATA.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tag } from '../../lib/officials/tagger';
import type { Token } from '../../lib/officials/words';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONLL_DIR = join(ROOT, '.cache', 'conll2003');

/** The copy we use (see DATA.md): repository, commit, path in it, and each file's sha256. */
export const CONLL_SOURCE = {
  repository: 'https://github.com/cswangjiawei/pytorch-NER',
  commit: '97601f5419bfa1dcc14456f1df3d666be84ad60a',
  files: {
    'eng.train': 'fde8d14393cb25ffa92b76190fbc57a4b6f6cdec227269caf2ea76a22a510ae2',
    'eng.testa': '5edaa3318abbc41508740d5e79d34ed4f4cd9dd18004e53ff1bf06cee597a875',
    'eng.testb': '0ee49864edc55ed195de0dc59414c3cb033efd19f6dacf85c237aaede6b9ffb0',
  },
} as const;

export type Split = keyof typeof CONLL_SOURCE.files;

export interface ConllSentence {
  text: string;
  /** Character spans [start, end) of the person names (PER) in `text`. */
  people: [number, number][];
}

export interface ConllDocument {
  id: string;
  sentences: ConllSentence[];
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins CoNLL tokens into text and returns each token's start. */
function detokenise(words: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let openQuote = false;
  let glueNext = false;
  for (const w of words) {
    let space = text.length > 0 && !glueNext && !NO_SPACE_BEFORE.test(w);
    glueNext = NO_SPACE_AFTER.test(w);
    if (w === '"') {
      if (openQuote) space = false;
      else glueNext = true;
      openQuote = !openQuote;
    }
    if (space) text += ' ';
    starts.push(text.length);
    text += w;
  }
  return { text, starts };
}

/** Reads one split, refusing a file whose sha256 is not the recorded one. */
export function readConll(split: Split): ConllDocument[] {
  const path = join(CONLL_DIR, split);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing. Fetch data/${split} from ${CONLL_SOURCE.repository} at commit ${CONLL_SOURCE.commit} ` +
        'into .cache/conll2003/ (see DATA.md).',
    );
  }
  const raw = readFileSync(path);
  const sha = createHash('sha256').update(raw).digest('hex');
  if (sha !== CONLL_SOURCE.files[split])
    throw new Error(`${path}: sha256 ${sha}, expected ${CONLL_SOURCE.files[split]}`);
  const docs: ConllDocument[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  let doc: ConllDocument = { id: `${split}-0`, sentences: [] };
  const flush = () => {
    if (words.length) doc.sentences.push(sentenceOf(words, labels));
    words = [];
    labels = [];
  };
  for (const line of raw.toString('utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { id: `${split}-${docs.length}`, sentences: [] };
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    words.push(parts[0] ?? '');
    labels.push(parts[parts.length - 1] ?? 'O');
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOBES labels to text and PER character spans. */
function sentenceOf(words: readonly string[], labels: readonly string[]): ConllSentence {
  const { text, starts } = detokenise(words);
  const people: [number, number][] = [];
  let open = -1;
  labels.forEach((label, i) => {
    const end = (starts[i] ?? 0) + (words[i] ?? '').length;
    if (label === 'S-PER') people.push([starts[i] ?? 0, end]);
    else if (label === 'B-PER') open = starts[i] ?? 0;
    else if (label === 'E-PER' && open >= 0) {
      people.push([open, end]);
      open = -1;
    }
  });
  return { text, people };
}

/** B/I/O tags for Newsgist's tokens of a sentence, from the person spans. */
export function tagsFor(tokens: readonly Token[], people: readonly [number, number][]): Tag[] {
  let previous = -1;
  return tokens.map((t) => {
    const span = people.findIndex(([a, b]) => t.start >= a && t.start < b);
    const tag: Tag = span < 0 ? 'O' : span === previous ? 'I' : 'B';
    previous = span;
    return tag;
  });
}

/**
 * The people of a document as the officials metric wants them: each distinct name, the longest
 * first; a name whose words are the first or last words of a longer one ("Blair", "Tony Blair")
 * is an alias of every longer name it fits.
 */
export function goldPeople(doc: ConllDocument): { name: string; aliases: string[] }[] {
  const names = new Set<string>();
  for (const s of doc.sentences) for (const [a, b] of s.people) names.add(s.text.slice(a, b).replace(/\s+/g, ' '));
  const byLength = [...names].sort((x, y) => y.split(' ').length - x.split(' ').length || x.localeCompare(y));
  const people: { name: string; aliases: string[] }[] = [];
  for (const name of byLength) {
    const words = name.toLowerCase().split(' ');
    const longer = people.filter((p) => {
      const full = p.name.toLowerCase().split(' ');
      const head = full.slice(0, words.length).join(' ');
      const tail = full.slice(full.length - words.length).join(' ');
      const key = words.join(' ');
      return full.length >= words.length && (head === key || tail === key);
    });
    if (longer.length) for (const p of longer) p.aliases.push(name);
    else people.push({ name, aliases: [] });
  }
  return people;
}
