/**
 * Key-sentence quality on CNN stories, side by side with the baselines computed in the same run.
 *   npm run eval:summary -- FILE.jsonl [--sentences N] [--preds DIR]
 * FILE lines are {"id","article","highlights"}. Newsgist's sentences come from the same lib
 * functions the CLI's --jsonl batch calls (digestText, then keySentences); Lead-N takes the first
 * N sentences of the same segmentation; TextRank ranks the same sentences. Prints ROUGE-1/2/Lsum
 * F1 x100 with standard errors on the tuning part, the held-out part and all stories, and the
 * digest time (sentences + officials) per story, and the part of it spent on segmenting and
 * ranking. --preds DIR writes each system's predictions (DIR/newsgist.jsonl, lead.jsonl,
 * textrank.jsonl) for cross-checking with ../shared/eval-tools/summ-eval.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { digestText } from '../lib/digest';
import { articleFromText } from '../lib/extract/text';
import { segment } from '../lib/segment';
import { keySentences } from '../lib/select';
import { rankSentences } from '../lib/summarize';
import { rouge } from './rouge';
import { meanSe, type Part, partOf, quantile, readStories, type Story } from './summary-data';
import { textRank } from './textrank';

interface Args {
  file: string;
  sentences: number;
  preds: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', sentences: 3, preds: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--sentences' || a === '-n') args.sentences = Number(argv[++i]);
    else if (a === '--preds') args.preds = argv[++i] ?? null;
    else args.file = a;
  }
  if (!args.file || !Number.isInteger(args.sentences) || args.sentences < 1) {
    process.stderr.write('Usage: npm run eval:summary -- FILE.jsonl [--sentences N] [--preds DIR]\n');
    process.exit(2);
  }
  return args;
}

/** Newsgist's N key sentences, as the CLI's batch path makes them. */
function newsgist(story: Story, n: number): string[] {
  const result = digestText(story.article, { maxSentences: Math.max(n, 10) });
  return result.ok ? keySentences(result.digest.ranked, n).map((s) => s.text) : [];
}

function sentencesOf(story: Story): string[] {
  return segment(articleFromText(story.article).blocks).map((s) => s.text);
}

const SYSTEMS: readonly { name: string; file: string; run: (story: Story, n: number) => string[] }[] = [
  { name: 'Newsgist', file: 'newsgist.jsonl', run: newsgist },
  { name: 'Lead-N', file: 'lead.jsonl', run: (story, n) => sentencesOf(story).slice(0, n) },
  { name: 'TextRank', file: 'textrank.jsonl', run: (story, n) => textRank(sentencesOf(story), n) },
];
const METRICS = ['rouge1', 'rouge2', 'rougeLsum'] as const;

function fmt(values: readonly number[]): string {
  const { mean, se } = meanSe(values);
  return `${(100 * mean).toFixed(2)} ± ${(100 * se).toFixed(2)}`.padEnd(15);
}

function timed(run: () => unknown): number {
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return quantile(runs, 0.5);
}

function ms(times: readonly number[]): string {
  return `${quantile(times, 0.5).toFixed(2)} ms/story, p95 ${quantile(times, 0.95).toFixed(2)} ms/story`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const stories = readStories(args.file);
  const parts = stories.map((s) => partOf(s.id));
  // F1 per system, metric and story.
  const scores = SYSTEMS.map(() => METRICS.map(() => [] as number[]));
  SYSTEMS.forEach((system, k) => {
    const predictions: string[] = [];
    for (const story of stories) {
      const picked = system.run(story, args.sentences);
      predictions.push(JSON.stringify({ id: story.id, sentences: picked }));
      const r = rouge(story.highlights, picked.join('\n'));
      METRICS.forEach((m, j) => {
        scores[k]?.[j]?.push(r[m].f);
      });
    }
    if (args.preds) {
      mkdirSync(args.preds, { recursive: true });
      writeFileSync(join(args.preds, system.file), `${predictions.join('\n')}\n`);
    }
  });

  // Timing: one warm-up pass, then per story the median of three timed runs (the machine is noisy).
  for (const story of stories.slice(0, 20)) newsgist(story, args.sentences);
  const times = stories.map((story) => timed(() => newsgist(story, args.sentences)));
  const rankTimes = stories.map((story) => {
    const blocks = articleFromText(story.article).blocks;
    const limit = Math.max(args.sentences, 10);
    return timed(() => keySentences(rankSentences(segment(blocks), { limit }), args.sentences));
  });

  const groups: { label: string; keep: (p: Part) => boolean }[] = [
    { label: 'tuning part', keep: (p) => p === 'tune' },
    { label: 'held-out part', keep: (p) => p === 'held-out' },
    { label: 'all', keep: () => true },
  ];
  const out: string[] = [`${args.file}: ${args.sentences} sentence(s), ROUGE F1 x100 ± standard error`];
  for (const group of groups) {
    const idx = parts.flatMap((p, i) => (group.keep(p) ? [i] : []));
    out.push('', `${group.label} (${idx.length} stories)`, `${''.padEnd(10)}${'R1'.padEnd(15)}${'R2'.padEnd(15)}RLsum`);
    SYSTEMS.forEach((system, k) => {
      const cells = METRICS.map((_, j) => fmt(idx.map((i) => scores[k]?.[j]?.[i] ?? 0)));
      out.push(`${system.name.padEnd(10)}${cells.join('')}`);
    });
    const delta = METRICS.map((_, j) => {
      const d = idx.map((i) => (scores[0]?.[j]?.[i] ?? 0) - (scores[1]?.[j]?.[i] ?? 0));
      return fmt(d);
    });
    out.push(`${'Δ vs Lead'.padEnd(10)}${delta.join('')}`);
  }
  out.push(
    '',
    `Newsgist digest (sentences + officials): median ${ms(times)}`,
    `  of which segment + rank: median ${ms(rankTimes)}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
