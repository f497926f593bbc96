/**
 * What the injected script costs inside a real page, part by part: the round trip of
 * `scripting.executeScript` itself, the whole of digest.js, compromise's module set-up alone, and
 * the digest of the page once everything is loaded. compromise and the pipeline are bundled here
 * with esbuild (minified, as WXT does) and run as scripts of the page's main world.
 */
import { build } from 'esbuild';
import type { Page, Worker } from 'playwright-core';

export interface InjectionTimes {
  roundTrip: number[];
  digestJs: number[];
  compromiseSetup: number[];
  digest: number[];
}

async function bundle(root: string, contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

export async function injectionBundles(root: string): Promise<{ compromise: string; pipeline: string }> {
  return {
    compromise: await bundle(root, "import nlp from 'compromise'; globalThis.__benchWorld = nlp.world();"),
    pipeline: await bundle(
      root,
      "import { digestDocument } from './lib/digest'; globalThis.__benchDigest = digestDocument;",
    ),
  };
}

/** Milliseconds of each of `runs` executeScript calls made by the service worker. */
function executeScriptTimes(worker: Worker, tabId: number, runs: number, what: string): Promise<number[]> {
  // A string, not a function: tsx would wrap inner functions in a helper the worker does not have.
  return worker.evaluate(`(async () => {
    const times = [];
    for (let i = 0; i < ${runs}; i++) {
      const start = performance.now();
      await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, ${what} });
      times.push(performance.now() - start);
    }
    return times;
  })()`);
}

/** Milliseconds of each of `runs` runs of `code` as a classic script of the page (it runs when appended). */
function scriptTimes(page: Page, code: string, runs: number): Promise<number[]> {
  return page.evaluate(
    ({ code, runs }) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const script = document.createElement('script');
        script.textContent = code;
        const start = performance.now();
        document.head.append(script);
        times.push(performance.now() - start);
        script.remove();
      }
      return times;
    },
    { code, runs },
  );
}

export async function benchInjection(
  worker: Worker,
  page: Page,
  tabId: number,
  bundles: { compromise: string; pipeline: string },
  runs: number,
): Promise<InjectionTimes> {
  await scriptTimes(page, bundles.pipeline, 1);
  return {
    roundTrip: await executeScriptTimes(worker, tabId, runs, 'func: () => 1'),
    digestJs: await executeScriptTimes(worker, tabId, runs, "files: ['/digest.js']"),
    compromiseSetup: await scriptTimes(page, bundles.compromise, runs),
    digest: await scriptTimes(page, 'globalThis.__benchDigest(document, { url: location.href })', runs),
  };
}
