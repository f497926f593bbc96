import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS_KB, type Context, LIBRARY_MARKERS, measureBuild } from '../../scripts/bench/sizes';
import { ROOT } from './harness';

/** Size budgets of the production build (npm test builds it before the E2E suite). Sizes are deterministic. */
const BUILD = join(ROOT, '.output', 'chrome-mv3');
let contexts: Context[];

function context(name: Context['name']): Context {
  const c = contexts.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name} context`);
  return c;
}

beforeAll(() => {
  contexts = measureBuild(BUILD);
});

describe('size budgets of .output/chrome-mv3 (kB = 1,000 bytes, minified)', () => {
  it(`the script injected into the page is at most ${BUDGETS_KB.injected} kB: it only copies the page`, () => {
    expect(context('injected').bytes).toBeLessThanOrEqual(BUDGETS_KB.injected * 1000);
    expect(context('injected').copies).toEqual({ compromise: 0, Readability: 0 });
  });

  it(`the popup (HTML, scripts it loads before its first paint, CSS) is at most ${BUDGETS_KB.popup} kB`, () => {
    const popup = context('popup');
    expect(popup.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(popup.bytes).toBeLessThanOrEqual(BUDGETS_KB.popup * 1000);
  });

  it('the popup carries none of the side panel’s own code', () => {
    const popup = context('popup');
    const panelOnly = context('panel').files.filter((f) => !popup.files.includes(f));
    expect(panelOnly.some((f) => /^chunks\/sidepanel-[\w-]+\.js$/.test(f))).toBe(true);
    // The panel's messages are looked up by key: a key in the popup's files would be panel code there.
    const code = popup.files.map((f) => readFileSync(join(BUILD, f), 'utf8')).join('\n');
    for (const key of ['panelOtherTab', 'panelAskHeading', 'panelDigestThisTab'])
      expect(code.includes(key), key).toBe(false);
    expect(panelOnly.map((f) => readFileSync(join(BUILD, f), 'utf8')).join('\n')).toContain('panelDigestThisTab');
  });

  it(`the digest's code (loaded on demand by the popup, by the offscreen document) is at most ${BUDGETS_KB.pipeline} kB`, () => {
    expect(context('pipeline').bytes).toBeLessThanOrEqual(BUDGETS_KB.pipeline * 1000);
  });

  it('the digest bundles Readability once and compromise’s lexicon, not its runtime', () => {
    // compromise's model would be built on every page read; lib/officials ships its lexicon instead.
    expect(context('pipeline').copies).toEqual({ compromise: 0, Readability: 1 });
  });

  it.each(['popup', 'background'] as const)(
    'the %s bundles at most one copy of compromise and of Readability',
    (name) => {
      for (const lib of Object.keys(LIBRARY_MARKERS) as (keyof typeof LIBRARY_MARKERS)[]) {
        expect(context(name).copies[lib]).toBeLessThanOrEqual(1);
      }
    },
  );
});
