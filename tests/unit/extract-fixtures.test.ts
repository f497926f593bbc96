import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/page';
import { parseDocument } from '../../scripts/cli/node-dom';

/**
 * Saved-page cases: tests/fixtures/extract/<case>/{source.html, expected.txt, SOURCE.md}.
 * expected.txt is the extracted text, one block a line. A missing expected file fails; write it
 * on purpose with UPDATE_FIXTURES=1 and review the diff.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const CASES = join(FIXTURES, 'extract');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function extractedText(sourcePath: string): string {
  const article = extractArticle(parseDocument(readFileSync(sourcePath, 'utf8')), { url: null });
  return article ? `${article.blocks.map((b) => b.text).join('\n')}\n` : '';
}

function checkAgainst(sourcePath: string, expectedPath: string): void {
  const actual = extractedText(sourcePath);
  if (UPDATE) writeFileSync(expectedPath, actual);
  expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
}

describe('extraction fixtures', () => {
  const cases = readdirSync(CASES).filter((name) => existsSync(join(CASES, name, 'source.html')));

  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    it(`${name}: only the article's blocks`, () => {
      expect(existsSync(join(CASES, name, 'SOURCE.md')), 'each case notes its provenance').toBe(true);
      checkAgainst(join(CASES, name, 'source.html'), join(CASES, name, 'expected.txt'));
    });
  }

  // The bundled demo page: footer, newsletter box, related links and a captioned photo around the article.
  it('seed-blinken-china: exactly the article paragraphs', () => {
    checkAgainst(join(FIXTURES, 'seed-blinken-china', 'source.html'), join(CASES, 'seed-blinken-china.expected.txt'));
  });
});
