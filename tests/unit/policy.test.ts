import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source-level promises that no reviewer should have to check by hand. */
const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const OURS = ['lib', 'entrypoints', 'components'].flatMap(sources);

describe('source policy', () => {
  it('finds the source files', () => {
    expect(OURS.length).toBeGreaterThan(10);
  });

  it.each(OURS)('%s never writes HTML strings into a page', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|new Function\(|\beval\(/,
    );
  });

  it.each(OURS.filter((f) => !f.startsWith('lib')))('%s makes no network request', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(text).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|https?:\/\/(?!127\.0\.0\.1)/);
  });

  it.each(OURS.filter((f) => f.startsWith('lib')))('%s is pure: no browser, clock or randomness', (file) => {
    const text = readFileSync(join(ROOT, relative(ROOT, join(ROOT, file))), 'utf8');
    expect(text).not.toMatch(/\b(browser|chrome)\.|from 'wxt|\bDate\.now|new Date\(|Math\.random|\bfetch\(/);
  });
});
