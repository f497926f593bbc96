/**
 * Digest time as the text grows: a real article's paragraphs repeated to 10 kB … 2 MB. Time per
 * kB should stay flat (linear growth). digestText caps an article at MAX_WORDS (the digest says so), so the stages are also
 * timed on the whole text, uncapped, to show how each one grows. A stage is flagged super-linear
 * when its time grows faster than size^1.3 from 10 kB to 2 MB (linear is 1, quadratic 2).
 */
import { digestText, MAX_WORDS } from '../../lib/digest';
import { articleFromText } from '../../lib/extract/text';
import { findPeople } from '../../lib/officials';
import { segment } from '../../lib/segment';
import { rankSentences } from '../../lib/summarize';
import { ms, printTable, printVerdict, timed } from './stats';

export const SIZES_KB = [10, 100, 1000, 2000];
/** Growth faster than size^1.3 from the smallest to the largest size is flagged (quadratic is 2). */
const SUPER_LINEAR = 1.3;

/** The article's paragraphs repeated until the text reaches `bytes`. */
export function grow(article: string, bytes: number): string {
  const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim());
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
}

interface Row {
  kb: number;
  words: number;
  digest: number;
  prepare: number;
  segment: number;
  score: number;
  officials: number;
}

function runsFor(kb: number): number {
  return kb <= 10 ? 30 : kb <= 100 ? 10 : 5;
}

/** The fastest run: on a busy machine noise only ever adds time, so the minimum shows the trend best. */
const fastest = (values: number[]) => Math.min(...values);

export function benchScale(article: string): Row[] {
  digestText(grow(article, 100_000));
  return SIZES_KB.map((kb) => {
    const text = grow(article, kb * 1000);
    const r: Record<'digest' | 'prepare' | 'segment' | 'score' | 'officials', number[]> = {
      digest: [],
      prepare: [],
      segment: [],
      score: [],
      officials: [],
    };
    let words = 0;
    for (let i = 0; i < runsFor(kb); i++) {
      const [result, digest] = timed(() => digestText(text));
      if (result.ok) words = result.digest.words;
      r.digest.push(digest);
      const [a, prepare] = timed(() => articleFromText(text));
      const [sentences, seg] = timed(() => segment(a.blocks));
      r.prepare.push(prepare);
      r.segment.push(seg);
      r.score.push(timed(() => rankSentences(sentences, { title: a.meta.title, limit: 10 }))[1]);
      r.officials.push(timed(() => findPeople(sentences))[1]);
    }
    process.stderr.write(`scale: ${kb} kB done\n`);
    return {
      kb,
      words,
      digest: fastest(r.digest),
      prepare: fastest(r.prepare),
      segment: fastest(r.segment),
      score: fastest(r.score),
      officials: fastest(r.officials),
    };
  });
}

export function reportScale(rows: Row[], source: string): void {
  const first = rows[0] as Row;
  const wordsPerKb = first.words / first.kb;
  const stages = (r: Row) => r.prepare + r.segment + r.score + r.officials;
  printTable(
    `Scaling: ${source} repeated, fastest of 5–30 runs, ms; digestText stops at ${MAX_WORDS.toLocaleString('en')} words (and says so)`,
    ['size', 'kB digested', 'digestText', 'ms/kB', 'uncapped: blocks', 'segment', 'scoring', 'officials', 'ms/kB'],
    rows.map((r) => {
      const digested = r.words / wordsPerKb;
      return [
        `${r.kb} kB`,
        digested.toFixed(0),
        ms(r.digest),
        (r.digest / digested).toFixed(3),
        ms(r.prepare),
        ms(r.segment),
        ms(r.score),
        ms(r.officials),
        (stages(r) / r.kb).toFixed(3),
      ];
    }),
  );
  const measures: [string, (r: Row) => number][] = [
    ['blocks', (r) => r.prepare],
    ['segment', (r) => r.segment],
    ['scoring', (r) => r.score],
    ['officials', (r) => r.officials],
    ['all stages', stages],
  ];
  // Over the whole 200× range one slow run barely moves the exponent; a quadratic stage shows ~2.
  const last = rows[rows.length - 1] as Row;
  const exponent = (time: (r: Row) => number, a: Row, b: Row) => Math.log(time(b) / time(a)) / Math.log(b.kb / a.kb);
  let linear = true;
  const overall = measures.map(([name, time]) => {
    const e = exponent(time, first, last);
    if (e > SUPER_LINEAR) {
      linear = false;
      process.stdout.write(`SUPER-LINEAR ${name}: time ∝ size^${e.toFixed(2)} from ${first.kb} to ${last.kb} kB\n`);
    }
    return `${name} ${e.toFixed(2)}`;
  });
  const steps = rows
    .slice(1)
    .map((r, i) => `${rows[i]?.kb}→${r.kb} kB ${exponent(stages, rows[i] as Row, r).toFixed(2)}`);
  process.stdout.write(`Growth exponent from ${first.kb} kB to ${last.kb} kB (1 = linear): ${overall.join(', ')}\n`);
  process.stdout.write(`All stages, step by step: ${steps.join(', ')}\n`);
  printVerdict(
    linear,
    `every stage grows slower than size^${SUPER_LINEAR} from ${first.kb} kB to ${last.kb} kB (linear is 1)`,
  );
}
