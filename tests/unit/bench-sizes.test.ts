import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_MARKERS, measureBuild } from '../../scripts/bench/sizes';

const { compromise, Readability } = LIBRARY_MARKERS;
let dir: string;

/** Writes a fake build folder: path → content. */
function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'newsgist-sizes-'));
  for (const [path, content] of Object.entries({ 'manifest.json': '{}', ...files })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const popupHtml =
  '<script type="module" src="/chunks/popup-a1.js"></script><link rel="stylesheet" href="/assets/popup-b2.css">';

describe('measureBuild', () => {
  it('counts the popup page, the scripts and styles it loads and the chunks they import', () => {
    const loaded = {
      'popup.html': popupHtml,
      'chunks/popup-a1.js': 'import{a}from"./shared-c3.js";a()',
      'assets/popup-b2.css': 'body{}',
      'chunks/shared-c3.js': 'export const a=()=>1',
    };
    const out = build({ ...loaded, 'chunks/unused-d4.js': 'x'.repeat(1000), 'digest.js': 'x', 'background.js': 'y' });
    const popup = measureBuild(out).find((c) => c.name === 'popup');
    expect(popup?.files).toEqual(Object.keys(loaded));
    expect(popup?.bytes).toBe(Object.values(loaded).join('').length);
  });

  // The budget "one copy per context" must see a library bundled twice.
  it('counts each copy of compromise and Readability in a context, and none where absent', () => {
    const out = build({
      'popup.html': popupHtml,
      'chunks/popup-a1.js': '',
      'digest.js': `${compromise}…${Readability}…${compromise}`,
      'background.js': 'nothing',
    });
    const [injected, popup, background] = measureBuild(out);
    expect(injected?.copies).toEqual({ compromise: 2, Readability: 1 });
    expect(popup?.copies).toEqual({ compromise: 0, Readability: 0 });
    expect(background?.copies).toEqual({ compromise: 0, Readability: 0 });
  });

  it('refuses a folder without a build', () => {
    const out = build({});
    rmSync(join(out, 'manifest.json'));
    expect(() => measureBuild(out)).toThrow(/npm run build/);
  });
});
