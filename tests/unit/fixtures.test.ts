import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestDocument } from '../../lib/digest';
import { keySentences } from '../../lib/select';
import { parseDocument } from '../../scripts/cli/node-dom';

/**
 * Real saved pages → reviewed expected digests. expected.json holds what a reader should get,
 * written by reading the page: title, site, byline, date, the 3 key sentences (article body text),
 * the officials with their roles, and `mustNotContain`: furniture of that page (captions, credits,
 * bylines, taglines, hover-card text…) that must never reach the digest. A known open bug is never
 * written into expected output: `knownBugs` names it per field, and that field's comparison runs
 * as `it.fails` until the bug is fixed (then the test flips to failing and the note is removed).
 * A missing expected.json fails; UPDATE_FIXTURES=1 writes a draft from the output (keeping
 * mustNotContain, knownBugs and any field under a known bug) that must be reviewed by reading the page.
 */
const FIXTURES = join(__dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const pages = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'source.html')));

/** The fields of a digest a fixture checks; officials apart, as the officials finder is its own work. */
const MAIN_FIELDS = ['title', 'siteName', 'byline', 'published', 'sentences'] as const;
type Field = (typeof MAIN_FIELDS)[number] | 'officials';

interface Expected {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  sentences: string[];
  officials: { name: string; role: string | null }[];
  mustNotContain: string[];
  knownBugs?: Partial<Record<Field, string>>;
}

function digestOf(dir: string) {
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const result = digestDocument(parseDocument(html), { url: null });
  if (!result.ok) return { error: result.error.code, everything: '' };
  const d = result.digest;
  return {
    title: d.title,
    siteName: d.siteName,
    byline: d.byline,
    published: d.published,
    sentences: keySentences(d.ranked, 3).map((s) => s.text),
    officials: d.people.filter((p) => p.official).map((p) => ({ name: p.name, role: p.role })),
    // What a reader can see of the digest: every ranked sentence (any length), every person.
    everything: [
      d.title,
      d.siteName,
      d.byline,
      ...d.ranked.map((s) => s.text),
      ...d.people.flatMap((p) => [p.name, p.role, ...p.aliases]),
    ].join('\n'),
  };
}

function expectedOf(page: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, page, 'expected.json'), 'utf8')) as Expected;
}

/** The officials in name order: their order in the digest (by prominence) is not what is checked. */
function byName(officials: unknown): unknown {
  return Array.isArray(officials)
    ? [...(officials as { name: string }[])].sort((a, b) => a.name.localeCompare(b.name))
    : officials;
}

function fieldsOf(value: object, fields: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, f === 'officials' ? byName(record[f]) : record[f]]));
}

function writeDraft(page: string, actual: ReturnType<typeof digestOf>): void {
  const file = join(FIXTURES, page, 'expected.json');
  const old: Partial<Expected> = existsSync(file) ? expectedOf(page) : {};
  const draft: Record<string, unknown> = { ...fieldsOf(actual, [...MAIN_FIELDS, 'officials']) };
  for (const field of Object.keys(old.knownBugs ?? {})) draft[field] = (old as Record<string, unknown>)[field];
  draft.mustNotContain = old.mustNotContain ?? [];
  if (old.knownBugs) draft.knownBugs = old.knownBugs;
  writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`);
}

describe('real-page fixtures', () => {
  it('has the seed page and at least 29 real pages', () => {
    expect(pages).toContain('seed-blinken-china');
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  for (const page of pages) {
    const dir = join(FIXTURES, page);
    const file = join(dir, 'expected.json');
    if (UPDATE) writeDraft(page, digestOf(dir));
    if (!existsSync(file)) {
      it(`${page}: has a reviewed expected.json`, () => {
        throw new Error(
          `${page} has no expected.json: run UPDATE_FIXTURES=1 npm run test:unit -- fixtures and review it.`,
        );
      });
      continue;
    }
    const expected = expectedOf(page);
    const bugs = expected.knownBugs ?? {};
    const actual = digestOf(dir);
    const main = MAIN_FIELDS.filter((f) => !bugs[f]);

    it(`${page}: headline, source, date and key sentences match expected.json`, () => {
      expect(fieldsOf(actual, main)).toEqual(fieldsOf(expected, main));
    });
    for (const field of [...MAIN_FIELDS, 'officials'] as const) {
      const bug = bugs[field];
      if (bug) {
        it.fails(`${page}: ${field} (known bug: ${bug})`, () => {
          expect(fieldsOf(actual, [field])).toEqual(fieldsOf(expected, [field]));
        });
      } else if (field === 'officials') {
        it(`${page}: officials match expected.json`, () => {
          expect(byName(actual.officials)).toEqual(byName(expected.officials));
        });
      }
    }
    it(`${page}: no furniture anywhere in the digest`, () => {
      expect(expected.mustNotContain.length, 'each fixture lists the furniture of its page').toBeGreaterThan(0);
      // Each string is the page's own (its text as it reads, tags aside, <title> included), so the check can fail.
      const doc = parseDocument(readFileSync(join(dir, 'source.html'), 'utf8'));
      const pageText = (doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ');
      for (const furniture of expected.mustNotContain) {
        expect(pageText, `"${furniture}" is not on the page`).toContain(furniture);
        expect(actual.everything).not.toContain(furniture);
      }
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
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = keySentences(result.digest.ranked, n)
      .map((s) => s.text)
      .join('\n');
    expect(text).not.toMatch(/subscription|copyright|rights reserved|editorial charter|stay informed/i);
    expect(result.article.blocks.map((b) => b.text).join('\n')).not.toMatch(/subscription|copyright|rights reserved/i);
  });
});
