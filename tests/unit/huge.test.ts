import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestDocument } from '../../lib/digest';
import { extractArticle } from '../../lib/extract/page';
import { articlePage, hugeShapes, hugeTexts } from '../../scripts/bench/huge-pages';
import { parseDocument } from '../../scripts/cli/node-dom';
import { checkResult } from '../../scripts/tools/fuzz-shapes';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Every page among the fixtures: the reviewed articles, the extraction cases, the hostile pages. */
function fixturePages(): [string, string][] {
  const pages: [string, string][] = [];
  for (const dir of [FIXTURES, join(FIXTURES, 'extract')]) {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      if (!name.isDirectory()) continue;
      const file = join(dir, name.name, 'source.html');
      try {
        pages.push([name.name, readFileSync(file, 'utf8')]);
      } catch {
        // A folder without a page (officials data, the extraction cases' parent).
      }
    }
  }
  const hostile = join(FIXTURES, 'hostile');
  for (const name of readdirSync(hostile).filter((f) => f.endsWith('.html')))
    pages.push([`hostile/${name}`, readFileSync(join(hostile, name), 'utf8')]);
  return pages;
}

describe('a disposable document (the CLI parses a page for one digest)', () => {
  const small = [...hugeShapes(3000), ...hugeTexts(100_000)].map((p): [string, string] => [
    `${p.label}, small`,
    p.html,
  ]);
  const pages = [...fixturePages(), ...small];

  it('covers the reviewed, extraction and hostile fixtures', () => {
    expect(pages.length).toBeGreaterThan(25);
  });

  it.each(pages)('%s: same digest as on a copy of the page', (_, html) => {
    const options = { maxSentences: 10, url: 'https://news.example/story' };
    const copied = digestDocument(parseDocument(html), options);
    const owned = digestDocument(parseDocument(html), { ...options, disposable: true });
    expect(owned).toEqual(copied);
  });

  it('is changed by extraction, which a copy never is', () => {
    const html = articlePage(20_000);
    const doc = parseDocument(html);
    expect(extractArticle(doc, { disposable: true })).not.toBeNull();
    expect(doc.toString()).not.toBe(parseDocument(html).toString());
    const kept = parseDocument(html);
    extractArticle(kept);
    expect(kept.toString()).toBe(parseDocument(html).toString());
  });
});

describe('pages built to be huge', () => {
  // What each shape gives (tests/unit/hostile.test.ts has the classed spans and a 2 MB article).
  const expected: Record<string, 'truncated' | 'whole' | 'no-article'> = {
    'flat spans': 'truncated',
    'div soup': 'truncated',
    'card soup': 'whole',
    'card soup, no <article>': 'whole',
    'table of cells': 'whole',
    'list of links': 'whole',
    'nested divs': 'whole',
    'one text node': 'truncated',
    'one line, no spaces': 'whole',
  };
  const pages = [...hugeShapes(), ...hugeTexts()].filter((p) => p.label !== 'classed spans');

  it('covers every shape but the one tested elsewhere', () => {
    expect(pages.map((p) => p.label).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(pages)(
    '$label gives a digest, whole or with the "first N words" notice, or a typed error',
    ({ label, html }) => {
      const result = digestDocument(parseDocument(html), { maxSentences: 10, disposable: true });
      checkResult(result, 10);
      const cut = result.ok && result.digest.notices.some((n) => n.kind === 'truncated');
      const got = result.ok ? (cut ? 'truncated' : 'whole') : result.error.code;
      expect(got).toBe(expected[label]);
    },
  );
});
