/**
 * Newsgist's speed and size, measured in one run and printed as tables (see README "Speed"):
 *   npm run bench [-- --only digest,pages,scale,sizes,profile,browser,panel] [--stories N] [--runs N]
 *                    [--repeat N] [--fixtures a,b] [--no-build]
 * `scale` is the curve of `npm run bench:scaling` (scale.ts), median of --repeat runs (default 5).
 * Digest and page figures come from the shared corpus (../shared, or $NEWSGIST_SHARED); sizes
 * come from a fresh `npm run zip` (production build) and browser times from a fresh
 * `npm run build:e2e`, unless --no-build. `npm run bench` runs under Xvfb when there is no display:
 * the browser part presses real keys.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { digestDocument, digestText } from '../../lib/digest';
import { parseDocument } from '../cli/node-dom';
import { commandLine, UsageError, wholeNumber } from '../shared/args';
import { readPages, readStories, SHARED } from '../shared/corpus';
import { loadLine, printTable, printVerdict } from '../shared/stats';
import { benchDigest, reportDigest } from './digest';
import { benchPages, reportPages } from './page';
import { profile, reportProfile } from './profile';
import { curve, warmUp } from './scale';
import { BUDGETS_KB, folderBytes, kB, LIBRARY_MARKERS, measureBuild } from './sizes';

/** `browser` is all of real Chromium, the side panel included; `panel` is the side panel alone. */
const SECTIONS = ['digest', 'pages', 'scale', 'sizes', 'profile', 'browser', 'panel'] as const;
type Section = (typeof SECTIONS)[number];
/** Runs per story for Newsgist and Lead-3 (the npm peer, 30× slower, runs once). */
const ROUNDS = 5;

interface Options {
  only: Set<Section>;
  stories: number;
  build: boolean;
  /** Browser runs per fixture page and mode: one cold, the rest warm. */
  runs: number;
  fixtures: string[] | null;
  /** Runs per size of the scaling curve (its medians). */
  repeat: number;
}

const USAGE = `Usage: npm run bench [-- --only ${SECTIONS.join(',')}] [--stories N] [--runs N] [--repeat N]
                         [--fixtures a,b] [--no-build]`;

function parseArgs(): Options {
  return commandLine(
    USAGE,
    {
      only: { type: 'string' },
      stories: { type: 'string' },
      runs: { type: 'string' },
      repeat: { type: 'string' },
      fixtures: { type: 'string' },
      'no-build': { type: 'boolean' },
    },
    ({ values }) => {
      const names = values.only?.split(',') ?? [...SECTIONS];
      const unknown = names.filter((n) => !SECTIONS.includes(n as Section));
      if (unknown.length)
        throw new UsageError(`Unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
      return {
        only: new Set(names as Section[]),
        stories: wholeNumber('--stories', values.stories, Number.POSITIVE_INFINITY),
        build: values['no-build'] !== true,
        runs: wholeNumber('--runs', values.runs, 21, 2, ' (one cold run, then warm runs)'),
        repeat: wholeNumber('--repeat', values.repeat, 5),
        fixtures: values.fixtures?.split(',') ?? null,
      };
    },
    {
      only: 'a list of sections',
      stories: 'a number of stories',
      runs: 'a number of runs',
      repeat: 'a number of runs',
      fixtures: 'a list of fixtures',
    },
  );
}

function sizes(build: boolean): void {
  const root = process.cwd();
  if (build) execFileSync('npm', ['run', '--silent', 'zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = join(root, '.output', 'chrome-mv3');
  const contexts = measureBuild(dir);
  const zip = readdirSync(join(root, '.output')).find((f) => f.endsWith('-chrome.zip'));
  const budget = (name: string) => (name in BUDGETS_KB ? BUDGETS_KB[name as keyof typeof BUDGETS_KB] : null);
  const libs = Object.keys(LIBRARY_MARKERS) as (keyof typeof LIBRARY_MARKERS)[];
  printTable(
    'Sizes of the production build (.output/chrome-mv3), kB = 1,000 bytes',
    ['context', 'files', 'minified kB', 'gzip kB', 'budget kB', ...libs.map((l) => `${l} copies`)],
    [
      ...contexts.map((c) => [
        c.name,
        c.files.join(' '),
        kB(c.bytes),
        kB(c.gzipBytes),
        String(budget(c.name) ?? '–'),
        ...libs.map((l) => String(c.copies[l])),
      ]),
      ['whole folder', '.output/chrome-mv3', kB(folderBytes(dir)), '', '', ...libs.map(() => '')],
      [
        'zip',
        zip ?? '(none)',
        zip ? kB(statSync(join(root, '.output', zip)).size) : '–',
        '',
        '',
        ...libs.map(() => ''),
      ],
    ],
  );
  for (const c of contexts) {
    const b = budget(c.name);
    if (b !== null) printVerdict(c.bytes <= b * 1000, `${c.name} ${kB(c.bytes)} kB ≤ ${b} kB`);
    for (const l of libs) if (c.copies[l] > 1) printVerdict(false, `${c.name} bundles ${c.copies[l]} copies of ${l}`);
  }
  printVerdict(
    contexts.every((c) => libs.every((l) => c.copies[l] <= 1)),
    'compromise and Readability bundled at most once per context',
  );
}

async function browser({ build, runs, fixtures, only }: Options): Promise<void> {
  if (!process.env.DISPLAY)
    throw new Error('the browser part presses real keys and needs an X display: run it as `npm run bench` (Xvfb).');
  if (build) execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Loaded only here: it starts Playwright's machinery, which the Node-only sections do not need.
  const { ALL_FIXTURES, benchBrowser, benchPanelOnly } = await import('./browser');
  if (only.has('browser')) await benchBrowser(runs, fixtures ?? ALL_FIXTURES());
  else await benchPanelOnly(runs, fixtures ?? ALL_FIXTURES());
}

async function main(): Promise<void> {
  const options = parseArgs();
  const { only, stories: maxStories, build } = options;
  process.stdout.write(
    `Newsgist bench · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · data ${SHARED} · ${loadLine()}\n`,
  );
  const stories = only.has('digest') || only.has('profile') ? readStories().slice(0, maxStories) : [];
  if (only.has('digest')) reportDigest(await benchDigest(stories, ROUNDS, stories.length), stories.length, ROUNDS);
  if (only.has('pages')) {
    const pages = readPages();
    reportPages(benchPages(pages), pages.length);
  }
  if (only.has('scale')) {
    warmUp();
    curve(options.repeat);
  }
  if (only.has('sizes')) sizes(build);
  if (only.has('profile')) {
    const digests = await profile('digest', () => {
      for (let i = 0; i < 3; i++) for (const s of stories) digestText(s.article, { maxSentences: 10 });
    });
    reportProfile(`digestText over the ${stories.length} stories, 3 passes`, digests.profile, digests.file, 15);
    const docs = readPages().map((p) => ({ doc: parseDocument(p.html), url: p.url }));
    const pages = await profile('pages', () => {
      for (const { doc, url } of docs) digestDocument(doc, { url, maxSentences: 10 });
    });
    reportProfile(
      `page → digest (digestDocument) over the ${docs.length} extraction-dev pages, DOM parsed beforehand`,
      pages.profile,
      pages.file,
      15,
    );
  }
  if (only.has('browser') || only.has('panel')) await browser(options);
  process.stdout.write(`\nAt the end: ${loadLine()}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 1;
});
