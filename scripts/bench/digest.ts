/**
 * Digest time per CNN story in Node, text mode as the CLI runs it, split by stage, beside Lead-3
 * and the npm summarizer text-summarization measured on the same stories in the same run.
 */
import { createRequire } from 'node:module';
import { digestText } from '../../lib/digest';
import { articleFromText } from '../../lib/extract/text';
import { findPeople } from '../../lib/officials';
import { segment } from '../../lib/segment';
import { rankSentences } from '../../lib/summarize';
import type { Story } from '../shared/corpus';
import { median, ms, p95, printTimings, printVerdict, timed, timedAsync } from '../shared/stats';

type Summarize = (opts: { text: string; numSentences: number }) => Promise<{ extractive: string[] }>;
let npmSummarizer: Summarize | null = null;
/** Loaded when first used (in the warm-up): the scaling bench imports `stages` without it. */
const summarizeNpm: Summarize = (opts) => {
  npmSummarizer ??= createRequire(import.meta.url)('text-summarization') as Summarize;
  return npmSummarizer(opts);
};

/** The CLI's rank limit (--sentences 3 ranks max(3, 10)). */
const RANKED = 10;
/** The people issue (#14): the digest, recogniser included, stays this fast per CNN story. */
export const DIGEST_MEDIAN_BUDGET = 8;
export const DIGEST_P95_BUDGET = 30;

interface Times {
  prepare: number[];
  segment: number[];
  score: number[];
  officials: number[];
  stages: number[];
  total: number[];
  lead3: number[];
  npm: number[];
}

/** One pass of the stages lib/digest.ts chains, timed one by one. */
export function stages(text: string): [number, number, number, number] {
  const [article, prepare] = timed(() => articleFromText(text));
  const [sentences, seg] = timed(() => segment(article.blocks));
  const [, score] = timed(() => rankSentences(sentences, { title: article.meta.title, limit: RANKED }));
  const [, officials] = timed(() => findPeople(sentences));
  return [prepare, seg, score, officials];
}

function lead3(text: string): string[] {
  return segment(articleFromText(text).blocks)
    .slice(0, 3)
    .map((s) => s.text);
}

/** Per story, the median of `rounds` runs: one stray garbage collection does not make a story slow. */
function perStory(stories: readonly Story[], rounds: number, run: (text: string) => number[]): number[][] {
  const runs = stories.map(() => [] as number[][]);
  for (let r = 0; r < rounds; r++) for (const [i, s] of stories.entries()) runs[i]?.push(run(s.article));
  return runs.map((storyRuns) => (storyRuns[0] ?? []).map((_, k) => median(storyRuns.map((t) => t[k] ?? 0))));
}

/**
 * Each method runs on all stories in its own block (so one method's garbage is not collected in
 * another's time), after a warm-up pass; Newsgist and Lead-3 take the median of `rounds` runs per story.
 */
export async function benchDigest(stories: readonly Story[], rounds: number, npmStories: number): Promise<Times> {
  process.stderr.write(`digest: warming up on ${stories.length} stories…\n`);
  for (const s of stories) {
    digestText(s.article, { maxSentences: RANKED });
    stages(s.article);
    lead3(s.article);
  }
  process.stderr.write('digest: measuring…\n');
  const staged = perStory(stories, rounds, (text) => stages(text));
  const column = (k: number) => staged.map((t) => t[k] ?? 0);
  const times: Times = {
    prepare: column(0),
    segment: column(1),
    score: column(2),
    officials: column(3),
    stages: staged.map((t) => t.reduce((a, b) => a + b, 0)),
    total: perStory(stories, rounds, (text) => [timed(() => digestText(text, { maxSentences: RANKED }))[1]]).map(
      (t) => t[0] ?? 0,
    ),
    lead3: perStory(stories, rounds, (text) => [timed(() => lead3(text))[1]]).map((t) => t[0] ?? 0),
    npm: [],
  };
  const npm = stories.slice(0, npmStories);
  for (const s of npm.slice(0, 20)) await summarizeNpm({ text: s.article, numSentences: 3 });
  for (const s of npm) times.npm.push((await timedAsync(() => summarizeNpm({ text: s.article, numSentences: 3 })))[1]);
  return times;
}

export function reportDigest(t: Times, stories: number, rounds: number): void {
  printTimings(
    `Digest in Node: ms per CNN story (${stories} stories of cnndm-dev, text mode as the CLI, --sentences 3; Newsgist and Lead-3: median of ${rounds} runs per story)`,
    'stories',
    [
      ['  text → blocks (articleFromText)', t.prepare],
      ['  segmentation (segment)', t.segment],
      ['  sentence scoring (rankSentences)', t.score],
      ['  officials (findPeople)', t.officials],
      ['  sum of the stages', t.stages],
      ['Newsgist digest (digestText)', t.total],
      ['Lead-3 (same splitter)', t.lead3],
      ['text-summarization 1.0.4 (npm)', t.npm],
    ],
  );
  const m = median(t.total);
  const p = p95(t.total);
  printVerdict(m <= DIGEST_MEDIAN_BUDGET, `digest median ${ms(m)} ms ≤ ${DIGEST_MEDIAN_BUDGET} ms`);
  printVerdict(p <= DIGEST_P95_BUDGET, `digest p95 ${ms(p)} ms ≤ ${DIGEST_P95_BUDGET} ms`);
}
