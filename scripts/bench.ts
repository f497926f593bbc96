/**
 * Newsgist's speed and size, measured in one run and printed as tables (see README "Speed"):
 *   npm run bench [-- --only digest,pages,scale,sizes,profile,browser] [--stories N] [--runs N]
 *                    [--fixtures a,b] [--no-build]
 * Digest and page figures come from the shared corpus (../shared, or $NEWSGIST_SHARED); sizes
 * come from a fresh `npm run zip` (production build) and browser times from a fresh
 * `npm run build:e2e`, unless --no-build. `npm run bench` runs under Xvfb when there is no display:
 * the browser part presses real keys.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { digestDocument, digestText } from '../lib/digest';
import { loadPages, loadStories, SHARED } from './bench/corpus';
import { benchDigest, reportDigest } from './bench/digest';
import { benchPages, reportPages } from './bench/page';
import { profile, reportProfile } from './bench/profile';
import { benchScale, reportScale } from './bench/scale';
import { BUDGETS_KB, folderBytes, kB, LIBRARY_MARKERS, measureBuild } from './bench/sizes';
import { loadLine, printTable, printVerdict } from './bench/stats';
import { parseDocument } from './node-dom';

const SECTIONS = ['digest', 'pages', 'scale', 'sizes', 'profile', 'browser'] as const;
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
}

function parseArgs(argv: string[]): Options {
  let only = new Set<Section>(SECTIONS);
  let stories = Number.POSITIVE_INFINITY;
  let build = true;
  let runs = 21;
  let fixtures: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') {
      const names = (argv[++i] ?? '').split(',');
      const unknown = names.filter((n) => !SECTIONS.includes(n as Section));
      if (unknown.length) throw new Error(`Unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
      only = new Set(names as Section[]);
    } else if (a === '--stories') stories = Number(argv[++i]);
    else if (a === '--no-build') build = false;
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--fixtures') fixtures = (argv[++i] ?? '').split(',');
    else throw new Error(`Unknown option ${a}`);
  }
  if (!Number.isInteger(runs) || runs < 2)
    throw new Error('--runs takes a whole number ≥ 2 (one cold run, then warm runs).');
  return { only, stories, build, runs, fixtures };
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

async function browser({ build, runs, fixtures }: Options): Promise<void> {
  if (!process.env.DISPLAY)
    throw new Error('the browser part presses real keys and needs an X display: run it as `npm run bench` (Xvfb).');
  if (build) execFileSync('npm', ['run', '--silent', 'build:e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Loaded only here: it starts Playwright's machinery, which the Node-only sections do not need.
  const { ALL_FIXTURES, benchBrowser } = await import('./bench/browser');
  await benchBrowser(runs, fixtures ?? ALL_FIXTURES());
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { only, stories: maxStories, build } = options;
  process.stdout.write(
    `Newsgist bench · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · data ${SHARED} · ${loadLine()}\n`,
  );
  const stories = only.has('digest') || only.has('profile') ? loadStories().slice(0, maxStories) : [];
  if (only.has('digest')) reportDigest(await benchDigest(stories, ROUNDS, stories.length), stories.length, ROUNDS);
  if (only.has('pages')) {
    const pages = loadPages();
    reportPages(benchPages(pages), pages.length);
  }
  if (only.has('scale')) {
    const seed = readFileSync(join(SHARED, 'corpus', 'seed-blinken-china.txt'), 'utf8');
    reportScale(benchScale(seed), 'the seed article (seed-blinken-china.txt, 3.9 kB, 20 paragraphs)');
  }
  if (only.has('sizes')) sizes(build);
  if (only.has('profile')) {
    const digests = await profile('digest', () => {
      for (let i = 0; i < 3; i++) for (const s of stories) digestText(s.article, { maxSentences: 10 });
    });
    reportProfile(`digestText over the ${stories.length} stories, 3 passes`, digests.profile, digests.file, 15);
    const docs = loadPages().map((p) => ({ doc: parseDocument(p.html), url: p.url }));
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
  if (only.has('browser')) await browser(options);
  process.stdout.write(`\nAt the end: ${loadLine()}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 1;
});
