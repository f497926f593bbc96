import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/cli/node-dom';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** Every saved page the tests hold: the six article fixtures and the extraction cases. */
const PAGES = [
  ...readdirSync(FIXTURES).map((name) => join(FIXTURES, name, 'source.html')),
  ...readdirSync(join(FIXTURES, 'extract')).map((name) => join(FIXTURES, 'extract', name, 'source.html')),
].filter((path) => {
  try {
    return readFileSync(path).length > 0;
  } catch {
    return false;
  }
});

/** Tag lists Readability asks for, and a few more. */
const TAG_LISTS = ['div', 'p', 'p,td,pre', 'h1,h2', 'img, picture, figure, video', 'a', 'template', 'svg', 'li'];

describe('parseDocument: tag-list queries answered by a tree walk', () => {
  it('holds a dozen pages to compare on', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PAGES.map((path) => [path.split('/').slice(-2, -1)[0], path]))(
    '%s: the same elements, in the same order, as linkedom gives',
    (_name, path) => {
      const doc = parseDocument(readFileSync(path as string, 'utf8'));
      const roots: ParentNode[] = [doc, doc.body, ...Array.from(doc.querySelectorAll(':is(article, main, section)'))];
      for (const root of roots) {
        for (const tags of TAG_LISTS) {
          // ":is(…)" is not a plain tag list: linkedom's own selector engine answers it.
          const linkedom = Array.from(root.querySelectorAll(`:is(${tags})`));
          const walked = root.querySelectorAll(tags);
          expect(Array.from(walked)).toEqual(linkedom);
          expect(walked.constructor).toBe(root.querySelectorAll('#none').constructor);
        }
      }
    },
  );

  it('skips template contents and the root itself, as linkedom does', () => {
    const doc = parseDocument(
      '<div id="root"><div id="a"><template><div id="hidden"></div></template></div><DIV id="b"></DIV></div>',
    );
    const root = doc.getElementById('root') as Element;
    expect(Array.from(root.querySelectorAll('div'), (el) => el.id)).toEqual(['a', 'b']);
    expect(Array.from(root.querySelectorAll('DIV , template'), (el) => el.localName)).toEqual([
      'div',
      'template',
      'div',
    ]);
  });
});
