/**
 * Trains the person recogniser (lib/officials/tagger.ts) and writes its weights to
 * lib/officials/person-model.ts.
 *   npm run train:people [-- --epochs N] [--pages DIR] [--cost C] [--prune P] [--out FILE] [--check]
 *     [--cnn-labels A.jsonl,B.jsonl] [--pages-labels A.jsonl,B.jsonl]
 * Data: CoNLL-2003 English eng.train from the git-ignored .cache/conll2003/ (source, sha256 and
 * licence in DATA.md), and the dev sets of tests/fixtures/officials (CNN stories, and Zyte pages
 * read through the CLI's extraction from --pages); eng.testa is only scored, eng.testb is never
 * read, and the held-out sets of tests/fixtures/officials are never read. --out writes the table
 * elsewhere (the fold models of a cross-validation). Reproducible: a fixed
 * sentence order per epoch (seeded shuffle), no clock, no randomness beyond the seed.
 * --check trains and compares with the shipped table instead of writing it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFromText } from '../../lib/extract/text';
import { CREDIT_LINES } from '../../lib/officials/knowledge';
import { isTitleAt } from '../../lib/officials/roles';
import {
  allowedTags,
  bytesToBase64,
  historyFeatures,
  mayTag,
  remember,
  shapeOf,
  staticFeatures,
  TAGS,
  type Tag,
  type TagHistory,
  tagFeatures,
  tagSentence,
  unpackModel,
  viterbi,
  type Weights,
} from '../../lib/officials/tagger';
import { type Token, tokenize } from '../../lib/officials/words';
import { segment } from '../../lib/segment';
import type { GoldArticle } from '../eval/officials-score';
import { type ConllDocument, ROOT, readConll, tagsFor } from '../shared/conll';
import { readPages } from '../shared/corpus';
import { digestBatch } from '../shared/digest-batch';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '18' },
    prune: { type: 'string', default: '22' },
    check: { type: 'boolean', default: false },
    'cnn-weight': { type: 'string', default: '3' },
    cost: { type: 'string', default: '10' },
    'pages-weight': { type: 'string', default: '3' },
    pages: { type: 'string' },
    'pages-labels': { type: 'string' },
    'cnn-labels': { type: 'string' },
    out: { type: 'string' },
  },
});
const EPOCHS = Number(args.epochs);
const BITS = Number(args.bits);
const PRUNE = Number(args.prune);
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
const CNN_WEIGHT = Number(args['cnn-weight']);
/** In training, every wrong tag scores this much more: the right sequence must win by a margin. */
const COST = Number(args.cost);
const PAGES_WEIGHT = Number(args['pages-weight']);
const OUT = args.out ?? join(ROOT, 'lib', 'officials', 'person-model.ts');

interface Example {
  tokens: Token[];
  allowed: { name: boolean; inside: boolean }[];
  statics: Int32Array[];
  /** Per word, per previous tag: the bucket ids of the tag-dependent features. */
  dynamic: Int32Array[][];
  gold: number[];
  text: string;
}

/**
 * The hand-labelled CNN stories of tests/fixtures/officials (dev part only) as documents: every
 * written form of a labelled person (name or alias, title and honorific left out) is a name;
 * contributor credits are left out, as findPeople leaves them out.
 */
function officialsDocuments(path: string, texts = new Map<string, string>()): ConllDocument[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return lines.map((line) => {
    const article = JSON.parse(line) as GoldArticle;
    article.text ??= texts.get(article.id);
    const forms = article.people
      .flatMap((p) => [p.name, ...p.aliases])
      .map((form) => {
        const tokens = tokenize(form);
        let k = 0;
        while (k < tokens.length - 1 && isTitleAt(tokens, k)) k++;
        return form.slice(tokens[k]?.start ?? 0).replace(/['’]s$/, '');
      })
      .filter((f) => f.length > 1)
      .sort((a, b) => b.length - a.length);
    const sentences = segment(articleFromText(article.text ?? '').blocks)
      .filter((s) => !CREDIT_LINES.some((p) => p.re.test(s.text)))
      .map((s) => {
        const people: [number, number][] = [];
        for (const form of forms) {
          const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          for (const m of s.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
            const at = m.index ?? 0;
            const end = at + form.length;
            if (!people.some(([a, b]) => at < b && end > a)) people.push([at, end]);
          }
        }
        return { text: s.text, people };
      });
    return { id: article.id, sentences };
  });
}

/** One document's sentences, in order: the history features need them in article order. */
function examples(docs: readonly ConllDocument[]): Example[][] {
  const out: Example[][] = [];
  for (const doc of docs) {
    const sentences: Example[] = [];
    out.push(sentences);
    for (const s of doc.sentences) {
      const tokens = tokenize(s.text);
      if (!tokens.length) continue;
      const statics = staticFeatures(s.text, tokens);
      sentences.push({
        tokens,
        allowed: allowedTags(s.text, tokens),
        text: s.text,
        statics: statics.map((f) => Int32Array.from(f, (x) => x & MASK)),
        dynamic: tokens.map((token) =>
          TAGS.map((t) => Int32Array.from(tagFeatures(t, token.key, shapeOf(token.text)), (x) => x & MASK)),
        ),
        gold: tagsFor(tokens, s.people).map((t) => TAGS.indexOf(t)),
      });
    }
  }
  return out;
}

/** mulberry32: the seeded generator of the sentence order. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged structured perceptron: Viterbi over each sentence, I never after O; the article's history from the tags given. */
function train(data: readonly Example[][]): Float64Array[] {
  const w = TAGS.map(() => new Float64Array(SIZE));
  const u = TAGS.map(() => new Float64Array(SIZE));
  let c = 1;
  const random = seeded(2003);
  const order = data.map((_, i) => i);
  // O scores 0 (the shipped table holds B and I only): a path's score is the sum of its B and I
  // scores, the same in training and in the extension.
  const update = (ids: Int32Array, tag: number, delta: number) => {
    if (tag === 0) return;
    const wt = w[tag]!;
    const ut = u[tag]!;
    for (const id of ids) {
      wt[id]! += delta;
      ut[id]! += c * delta;
    }
  };
  const score = (ids: Int32Array, tag: number) => {
    const wt = w[tag]!;
    let s = 0;
    for (const id of ids) s += wt[id]!;
    return s;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let words = 0;
    for (const k of order) {
      const history: TagHistory = new Map();
      for (const ex of data[k]!) {
        const past = historyFeatures(ex.tokens, history).map((f) => Int32Array.from(f, (x) => x & MASK));
        // Every tag's score on every word, after every tag (Viterbi over the sentence).
        const local = ex.statics.map((ids, i) => {
          const at = ex.allowed[i]!;
          const fixed = TAGS.map((_, t) => score(ids, t) + score(past[i]!, t));
          return TAGS.map((_, p) => {
            if (i === 0 && p > 0) return TAGS.map(() => Number.NEGATIVE_INFINITY);
            const dyn = ex.dynamic[i]![p]!;
            return TAGS.map((_, t) =>
              mayTag(t, p, at) ? fixed[t]! + score(dyn, t) + (t === ex.gold[i] ? 0 : COST) : Number.NEGATIVE_INFINITY,
            );
          });
        });
        const { tags: best } = viterbi(local);
        const given: Tag[] = [];
        best.forEach((tag, i) => {
          const gold = ex.gold[i]!;
          const goldPrev = i > 0 ? ex.gold[i - 1]! : 0;
          const prev = i > 0 ? best[i - 1]! : 0;
          if (tag !== gold) {
            errors++;
            for (const ids of [ex.statics[i]!, past[i]!]) {
              update(ids, gold, 1);
              update(ids, tag, -1);
            }
          }
          if (tag !== gold || prev !== goldPrev) {
            update(ex.dynamic[i]![goldPrev]!, gold, 1);
            update(ex.dynamic[i]![prev]!, tag, -1);
          }
          words++;
          c++;
          given.push(TAGS[tag]!);
        });
        remember(ex.tokens, given, history);
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: ${errors} of ${words} words wrong\n`);
  }
  return w.map((wt, t) => wt.map((x, id) => x - u[t]![id]! / c));
}

/** [B − O, I − O] per bucket, scaled to signed bytes; buckets whose both values round below PRUNE dropped. */
function quantise(avg: Float64Array[]): { data: string; scale: number; kept: number } {
  const o = avg[0]!;
  const diffs = [1, 2].map((t) => avg[t]!.map((x, id) => x - o[id]!));
  const magnitudes = diffs
    .flatMap((d) => [...d])
    .map(Math.abs)
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  const scale = magnitudes[magnitudes.length - 1] ?? 1;
  console.log(
    'quantiles',
    [0.1, 0.5, 0.9, 0.99, 0.999, 1]
      .map((f) => magnitudes[Math.min(magnitudes.length - 1, Math.floor(f * magnitudes.length))]?.toFixed(3))
      .join(' '),
  );
  const q = (x: number) => Math.sign(x) * Math.round(127 * Math.sqrt(Math.abs(x) / scale));
  const bytes: number[] = [];
  let last = -1;
  let kept = 0;
  for (let id = 0; id < SIZE; id++) {
    const b = q(diffs[0]![id]!);
    const i = q(diffs[1]![id]!);
    if (Math.abs(b) < PRUNE && Math.abs(i) < PRUNE) continue;
    let gap = id - last;
    last = id;
    do {
      bytes.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
      gap >>>= 7;
    } while (gap > 0);
    bytes.push(b & 0xff, i & 0xff);
    kept++;
  }
  return { data: bytesToBase64(Uint8Array.from(bytes)), scale, kept };
}

/** Exact-span precision / recall / F1 of PER names on one split, with the shipped-form weights. */
export function spanScore(docs: readonly ConllDocument[], weights: Weights) {
  let gold = 0;
  let predicted = 0;
  let right = 0;
  for (const doc of docs) {
    const history: TagHistory = new Map();
    for (const s of doc.sentences) {
      const tokens = tokenize(s.text);
      const want = new Set<string>();
      const tags = tagsFor(tokens, s.people);
      const spans = (ts: readonly Tag[]) => {
        const out: string[] = [];
        for (let i = 0; i < ts.length; i++) {
          if (ts[i] !== 'B') continue;
          let j = i + 1;
          while (ts[j] === 'I') j++;
          out.push(`${i}:${j}`);
          i = j - 1;
        }
        return out;
      };
      for (const x of spans(tags)) want.add(x);
      const got = spans(tagSentence(s.text, tokens, history, weights).tags);
      gold += want.size;
      predicted += got.length;
      right += got.filter((x) => want.has(x)).length;
    }
  }
  const p = right / predicted;
  const r = right / gold;
  return { p, r, f1: (2 * p * r) / (p + r), gold, predicted };
}

const started = performance.now();
const trainDocs = readConll('eng.train');
/** Label files: a comma-separated list given on the command line, else the two dev sets of tests/fixtures/officials. */
const labelFiles = (given: string | undefined, ...defaults: string[]) =>
  given ? given.split(',') : defaults.map((f) => join(ROOT, 'tests', 'fixtures', 'officials', f));
const cnn = labelFiles(args['cnn-labels'], 'officials-dev.jsonl', 'officials-dev2.jsonl').flatMap((f) =>
  officialsDocuments(f),
);
// The CNN stories are few beside CoNLL's 946 documents: each is read CNN_WEIGHT times an epoch.
// The labelled Zyte dev pages (their html through the CLI's extraction, as eval:officials reads
// them): open-web pages with their furniture, venues and products, which CoNLL's wire copy lacks.
const zyteFiles = labelFiles(args['pages-labels'], 'zyte-people-dev.jsonl', 'zyte-people-dev2.jsonl');
const zyteIds = zyteFiles.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as GoldArticle).id),
);
const byId = new Map(readPages(args.pages).map((p) => [p.id, p]));
const rows = await digestBatch(
  zyteIds.map((id) => {
    const page = byId.get(id);
    if (!page) throw new Error(`${args.pages ?? 'the extraction corpus'} has no page "${id}"`);
    return { id, url: page.url, html: page.html };
  }),
);
const texts = new Map([...rows].map(([id, row]) => [id, row.text ?? '']));
const zyte = zyteFiles.flatMap((f) => officialsDocuments(f, texts));
const data = examples([
  ...trainDocs,
  ...Array.from({ length: CNN_WEIGHT }, () => cnn).flat(),
  ...Array.from({ length: PAGES_WEIGHT }, () => zyte).flat(),
]);
process.stderr.write(`${data.length} documents, ${data.flat().reduce((n, e) => n + e.gold.length, 0)} words\n`);
const averaged = train(data);
const floats = new Float32Array(2 * SIZE);
for (let id = 0; id < SIZE; id++) {
  floats[2 * id] = averaged[1]![id]! - averaged[0]![id]!;
  floats[2 * id + 1] = averaged[2]![id]! - averaged[0]![id]!;
}
const devDocs = readConll('eng.testa');
const unquantised = spanScore(devDocs, { mask: MASK, value: (k) => floats[k]!, size: floats.length });
console.log(
  `unquantised: P ${(100 * unquantised.p).toFixed(1)} R ${(100 * unquantised.r).toFixed(1)} F1 ${(100 * unquantised.f1).toFixed(1)}`,
);
const { data: packed, scale, kept } = quantise(averaged);
const checksum = createHash('sha256').update(packed).digest('hex');
const model = { bits: BITS, scale, data: packed };
const dev = spanScore(devDocs, unpackModel(model));
const pct = (x: number) => (100 * x).toFixed(1);
console.log(
  `CoNLL-2003 eng.testa, PER names as exact token spans: P ${pct(dev.p)} R ${pct(dev.r)} F1 ${pct(dev.f1)} ` +
    `(${dev.gold} names, ${dev.predicted} found)`,
);
console.log(
  `${kept} weighted buckets of ${SIZE}, ${packed.length} characters, sha256 ${checksum.slice(0, 16)}…, ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s`,
);
const file =
  '// Generated by `npm run train:people` from CoNLL-2003 eng.train and the dev sets of tests/fixtures/officials\n' +
  '// (see DATA.md): do not edit by hand.\n' +
  `// ${EPOCHS} epochs, ${SIZE} hashed buckets, ${kept} kept (|weight| ≥ ${PRUNE} × ${scale.toPrecision(4)}).\n` +
  '/** The person tagger’s weights: varint bucket gaps, then B − O and I − O as signed bytes, base64. */\n' +
  `export const PERSON_MODEL = {\n  bits: ${BITS},\n  scale: ${scale},\n  checksum: '${checksum}',\n  data: '${packed}',\n};\n`;
if (args.check) {
  const shipped = readFileSync(OUT, 'utf8');
  const same = shipped === file;
  console.log(
    same
      ? 'The shipped table is the one this script produces.'
      : 'The shipped table differs: run npm run train:people.',
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, file);
  console.log(`Wrote ${OUT}`);
}
