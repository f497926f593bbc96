import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestDocument } from '../../lib/digest';
import { keySentences } from '../../lib/select';
import { parseDocument } from '../../scripts/cli/node-dom';

/**
 * Real saved pages → reviewed expected digests. A missing expected.json fails: write it on
 * purpose with UPDATE_FIXTURES=1 and review the diff.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const pages = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'source.html')));

function digestOf(dir: string) {
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const result = digestDocument(parseDocument(html), { url: null });
  if (!result.ok) return { error: result.error.code };
  const d = result.digest;
  return {
    title: d.title,
    siteName: d.siteName,
    byline: d.byline,
    published: d.published,
    sentences: keySentences(d.ranked, 3).map((s) => s.text),
    officials: d.people.filter((p) => p.official).map((p) => ({ name: p.name, role: p.role })),
  };
}

describe('real-page fixtures', () => {
  it('has the seed page and at least five real pages', () => {
    expect(pages).toContain('seed-blinken-china');
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  for (const page of pages) {
    it(`${page}: digest matches expected.json`, () => {
      const dir = join(FIXTURES, page);
      const expectedFile = join(dir, 'expected.json');
      const actual = digestOf(dir);
      if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedFile)) {
        throw new Error(
          `${page} has no expected.json: run UPDATE_FIXTURES=1 npm run test:unit -- fixtures and review it.`,
        );
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});

describe('the founding example', () => {
  // The seed digest must name all seven officials with their roles and never pick the footer.
  const digest = digestOf(join(FIXTURES, 'seed-blinken-china'));

  it('names all seven officials with their roles', () => {
    expect(digest.officials).toEqual(
      expect.arrayContaining([
        { name: 'Antony Blinken', role: 'US Secretary of State' },
        { name: 'Qin Gang', role: 'Chinese Foreign Minister' },
        { name: 'Wang Yi', role: 'China’s top diplomat' },
        { name: 'Janet Yellen', role: 'Treasury Secretary' },
        { name: 'Gina Raimondo', role: 'Commerce Secretary' },
        { name: 'Joe Biden', role: 'President' },
        { name: 'Xi Jinping', role: 'President' },
      ]),
    );
  });

  it.each([1, 3, 5, 10])('never picks the subscription or copyright footer (%i sentences)', (n) => {
    const html = readFileSync(join(FIXTURES, 'seed-blinken-china', 'source.html'), 'utf8');
    const result = digestDocument(parseDocument(html));
    if (!result.ok) throw new Error(result.error.message);
    const text = keySentences(result.digest.ranked, n)
      .map((s) => s.text)
      .join('\n');
    expect(text).not.toMatch(/subscription|copyright|rights reserved|editorial charter|stay informed/i);
    expect(result.article.blocks.map((b) => b.text).join('\n')).not.toMatch(/subscription|copyright|rights reserved/i);
  });
});
