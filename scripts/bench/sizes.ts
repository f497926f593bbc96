/**
 * Sizes of the built extension per context (injected script, popup, background) and how many
 * copies of compromise and Readability each context holds. Shared by `npm run bench` and the
 * deterministic budget test tests/e2e/size.e2e.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in kB of 1,000 bytes, minified, before compression. */
export const BUDGETS_KB = { injected: 10, popup: 40, pipeline: 420 } as const;

/**
 * A string each library contains exactly once (an error message, which minifiers keep): its count
 * in a context is the number of copies of the library bundled there.
 */
export const LIBRARY_MARKERS = {
  compromise: 'compromise: Invalid tag',
  Readability: 'First argument to Readability constructor',
} as const;
export type Library = keyof typeof LIBRARY_MARKERS;

export interface Context {
  /**
   * injected: the script run in the reader's page (it only copies the page); popup: what the popup
   * loads before its first paint; pipeline: the digest's code, which the popup loads on demand and
   * Chrome's offscreen document at once (measured as the offscreen page's files); panel: what the
   * side panel loads before its first paint (the popup's view and the panel's own code).
   */
  name: 'injected' | 'popup' | 'panel' | 'background' | 'pipeline';
  files: string[];
  bytes: number;
  gzipBytes: number;
  copies: Record<Library, number>;
}

/** The files a page loads: its scripts and stylesheets, then the modules those scripts import. */
function popupFiles(dir: string, html: string): string[] {
  const files = [html];
  const text = readFileSync(join(dir, html), 'utf8');
  const queue = [...text.matchAll(/\s(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  while (queue.length) {
    const file = queue.shift() as string;
    if (files.includes(file) || !existsSync(join(dir, file))) continue;
    files.push(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.{0,2}\/([^"'`]+\.js)["'`]/g)) {
      const dep = m[1] as string;
      queue.push(
        dep.startsWith('chunks/')
          ? dep
          : file.includes('/')
            ? `${file.slice(0, file.lastIndexOf('/') + 1)}${dep}`
            : dep,
      );
    }
  }
  return files;
}

function measure(dir: string, name: Context['name'], files: string[]): Context {
  const contents = files.map((f) => readFileSync(join(dir, f)));
  const all = Buffer.concat(contents);
  const text = all.toString('utf8');
  const copies = Object.fromEntries(
    Object.entries(LIBRARY_MARKERS).map(([lib, marker]) => [lib, text.split(marker).length - 1]),
  ) as Record<Library, number>;
  return {
    name,
    files,
    bytes: all.length,
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
    copies,
  };
}

/** The three contexts of a built extension folder (e.g. .output/chrome-mv3). */
export function measureBuild(dir: string): Context[] {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run npm run build first.`);
  return [
    measure(dir, 'injected', ['digest.js']),
    measure(dir, 'popup', popupFiles(dir, 'popup.html')),
    ...(existsSync(join(dir, 'sidepanel.html')) ? [measure(dir, 'panel', popupFiles(dir, 'sidepanel.html'))] : []),
    measure(dir, 'background', ['background.js']),
    ...(existsSync(join(dir, 'offscreen.html')) ? [measure(dir, 'pipeline', popupFiles(dir, 'offscreen.html'))] : []),
  ];
}

/** Every file of a folder, recursively, with its size. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => statSync(join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
