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
import { digestText } from '../../lib/digest';
import { articleFromText } from '../../lib/extract/text';
import { segment } from '../../lib/segment';
import { keySentences } from '../../lib/select';
import { rankSentences } from '../../lib/summarize';
import { commandLine, UsageError, wholeNumber } from '../shared/args';
import { readStories, type Story } from '../shared/corpus';
import { meanSe, median, p95, printTable, timed } from '../shared/stats';
import { rouge } from './rouge';
import { type StoryPart, storyPart } from './split';
import { textRank } from './textrank';

const USAGE = 'Usage: npm run eval:summary -- FILE.jsonl [--sentences N] [--preds DIR]';

function parseArgs(): { file: string; sentences: number; preds: string | null } {
  return commandLine(
    USAGE,
    { sentences: { type: 'string', short: 'n' }, preds: { type: 'string' } },
    ({ values, positionals }) => {
      if (positionals.length !== 1) throw new UsageError('Give one FILE.jsonl.');
      return {
        file: positionals[0] as string,
        sentences: wholeNumber('--sentences', values.sentences, 3),
        preds: values.preds ?? null,
      };
    },
    { sentences: 'a number of sentences', preds: 'a folder' },
  );
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
  return `${(100 * mean).toFixed(2)} ± ${(100 * se).toFixed(2)}`;
}

/** The median of three timed runs (the machine is noisy). */
function medianTime(run: () => unknown): number {
  return median([0, 1, 2].map(() => timed(run)[1]));
}

function ms(times: readonly number[]): string {
  return `${median(times).toFixed(2)} ms/story, p95 ${p95(times).toFixed(2)} ms/story`;
}

function main(): void {
  const args = parseArgs();
  const stories = readStories(args.file);
  const parts = stories.map((s) => storyPart(s.id));
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
  const times = stories.map((story) => medianTime(() => newsgist(story, args.sentences)));
  const rankTimes = stories.map((story) => {
    const blocks = articleFromText(story.article).blocks;
    const limit = Math.max(args.sentences, 10);
    return medianTime(() => keySentences(rankSentences(segment(blocks), { limit }), args.sentences));
  });

  const groups: { label: string; keep: (p: StoryPart) => boolean }[] = [
    { label: 'tuning part', keep: (p) => p === 'tune' },
    { label: 'held-out part', keep: (p) => p === 'held-out' },
    { label: 'all', keep: () => true },
  ];
  const rows: string[][] = [];
  for (const group of groups) {
    const idx = parts.flatMap((p, i) => (group.keep(p) ? [i] : []));
    const part = `${group.label} (${idx.length} stories)`;
    SYSTEMS.forEach((system, k) => {
      rows.push([part, system.name, ...METRICS.map((_, j) => fmt(idx.map((i) => scores[k]?.[j]?.[i] ?? 0)))]);
    });
    const delta = METRICS.map((_, j) => fmt(idx.map((i) => (scores[0]?.[j]?.[i] ?? 0) - (scores[1]?.[j]?.[i] ?? 0))));
    rows.push([part, 'Δ vs Lead', ...delta]);
  }
  printTable(
    `${args.file}: ${args.sentences} sentence(s), ROUGE F1 x100 ± standard error`,
    ['part', 'system', 'R1', 'R2', 'RLsum'],
    rows,
  );
  process.stdout.write(
    `\nNewsgist digest (sentences + officials): median ${ms(times)}\n  of which segment + rank: median ${ms(rankTimes)}\n`,
  );
}

main();
