// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlightInPage, PAGE_TEXT_RULES } from '../../entrypoints/shared/highlight-in-page';
import { digestText } from '../../lib/digest';

/** happy-dom has no CSS Custom Highlight API: a registry that keeps the ranges for the test to read. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
const registry = new Map<string, FakeHighlight>();
const scope = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };

beforeEach(() => {
  registry.clear();
  scope.CSS = { highlights: registry };
  scope.Highlight = FakeHighlight;
});

afterEach(() => {
  document.body.replaceChildren();
});

function page(...paragraphs: string[]): void {
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
}

const marked = (name: string) => (registry.get(name)?.ranges ?? []).map((r) => r.toString());

describe('highlightInPage', () => {
  it('finds a key sentence whose word the page splits with a soft hyphen (it never was: the sentence kept it, the page did not)', () => {
    const source = 'The govern\u00adment fell on Tuesday after a vote of no confidence in parliament.';
    page(source, 'Another paragraph follows here.');
    const result = digestText(source);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [sentence] = result.digest.ranked;
    expect(highlightInPage({ kind: 'sentences', texts: [sentence?.text ?? ''] }, PAGE_TEXT_RULES)).toEqual({
      ok: true,
      found: 1,
    });
    expect(marked('newsgist-key')).toEqual([source]);
    // A sentence that still carries the page's soft hyphen is found too.
    expect(highlightInPage({ kind: 'sentences', texts: [source] }, PAGE_TEXT_RULES).found).toBe(1);
  });

  it('matches across white space and zero-width characters the way the digest reads them', () => {
    page('Foreign  Minister\u200b Maria\u00a0Lopez said so.');
    expect(
      highlightInPage({ kind: 'sentences', texts: ['Foreign Minister Maria Lopez said so.'] }, PAGE_TEXT_RULES).found,
    ).toBe(1);
  });

  it('never marks text inside elements the digest does not read', () => {
    const script = document.createElement('script');
    script.textContent = 'Secret words in a script.';
    const button = document.createElement('button');
    button.textContent = 'Secret words in a button.';
    document.body.append(script, button);
    expect(highlightInPage({ kind: 'sentences', texts: ['Secret words in a script.'] }, PAGE_TEXT_RULES).found).toBe(0);
    expect(highlightInPage({ kind: 'sentences', texts: ['Secret words in a button.'] }, PAGE_TEXT_RULES).found).toBe(0);
  });

  it('marks every mention of a person, whole words only', () => {
    page('Mr Blinken met Qin Gang.', "Blinken's visit was the first; Blinkenship is not a word.");
    expect(highlightInPage({ kind: 'people', forms: ['Blinken', 'Mr Blinken'] }, PAGE_TEXT_RULES).found).toBe(2);
    expect(marked('newsgist-person')).toEqual(['Mr Blinken', 'Blinken']);
  });

  it('clears every mark', () => {
    page('One sentence here.');
    highlightInPage({ kind: 'sentences', texts: ['One sentence here.'] }, PAGE_TEXT_RULES);
    highlightInPage({ kind: 'clear' }, PAGE_TEXT_RULES);
    expect(registry.size).toBe(0);
  });
});
