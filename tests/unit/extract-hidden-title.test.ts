import { describe, expect, it } from 'vitest';
import {
  copyWithoutHidden,
  hidesElement,
  hidingRules,
  parseSimpleSelector,
  removeHiddenByPage,
} from '../../lib/extract/hidden';
import { decodeEntities, siteNameOf, storyTitle, stripSiteName } from '../../lib/extract/title';
import { parseDocument } from '../../scripts/cli/node-dom';

describe("hidden text: the page's own hiding rules", () => {
  it.each([
    ['display: none', true],
    ['color: red; display:none !important;', true],
    ['visibility: hidden', true],
    ['position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)', true],
    ['display: block', false],
    ['max-height: 0; transition: all 1s', false],
    ['clip: rect(0 0 0 0)', false],
  ])('%s hides: %s', (css, hides) => {
    expect(hidesElement(css)).toBe(hides);
  });

  it('reads simple selectors and leaves the rest alone', () => {
    expect(parseSimpleSelector('.card')).toMatchObject({ classes: ['card'] });
    expect(parseSimpleSelector('div.card#x')).toMatchObject({ tag: 'div', id: 'x', classes: ['card'] });
    expect(parseSimpleSelector('[data-state="closed"]')).toMatchObject({
      attrs: [{ name: 'data-state', op: '=', value: 'closed' }],
    });
    for (const other of ['.a .b', '.a > .b', '.a:hover', 'p', '*', '.a::after'])
      expect(parseSimpleSelector(other)).toBeNull();
  });

  it('keeps only top-level rules (not inside @media or @supports)', () => {
    const rules = hidingRules('.x{display:none} @media print{.y{display:none}} /* .z{display:none} */ .w{color:red}');
    expect([...rules.byClass.keys()]).toEqual(['x']);
  });

  it('is linear on a long sheet', () => {
    const css = `${'.a{color:red}'.repeat(100_000)}.b{display:none}`;
    expect([...hidingRules(css).byClass.keys()]).toEqual(['b']);
  });

  it('removes what the rules, `hidden`, aria-hidden and inline styles hide; an inline style that shows wins', () => {
    const doc = parseDocument(
      '<html><head><style>.card{display:none}</style></head><body><p>one</p><p class="card">two</p><p hidden>three</p><p aria-hidden="true">four</p><p style="visibility:hidden">five</p><p class="card" style="display:block">six</p></body></html>',
    );
    removeHiddenByPage(doc);
    expect(Array.from(doc.querySelectorAll('p'), (p) => p.textContent)).toEqual(['one', 'six']);
  });

  it("keeps a hidden box that holds most of the page's paragraphs (an article shown by a script)", () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
    const doc = parseDocument(
      `<html><head><style>.js-reveal{display:none}</style></head><body><div class="js-reveal">${body}</div><p>tail</p></body></html>`,
    );
    removeHiddenByPage(doc);
    expect(doc.querySelectorAll('p').length).toBe(7);
  });
});

describe('hidden text in the browser: copyWithoutHidden', () => {
  it('asks about the original, removes the twin in the copy, leaves the original as it was', () => {
    const more = '<p>more</p>'.repeat(4);
    const doc = parseDocument(
      `<html><body><p>one</p><div data-x="card"><p>two</p></div><p>three</p>${more}</body></html>`,
    );
    const asked: string[] = [];
    const copy = copyWithoutHidden(doc, (el) => {
      asked.push(el.tagName);
      return el.getAttribute('data-x') === 'card';
    });
    expect(Array.from(copy.querySelectorAll('p'), (p) => p.textContent).slice(0, 2)).toEqual(['one', 'three']);
    expect(doc.querySelectorAll('p').length).toBe(7);
    // A hidden element's subtree is not asked about.
    expect(asked.slice(0, 3)).toEqual(['P', 'DIV', 'P']);
  });
});

describe("titles: the story's headline", () => {
  it.each([
    [
      'New York man pleads guilty to threatening to kill Omar | TheHill',
      ['the hill'],
      'New York man pleads guilty to threatening to kill Omar',
    ],
    ['Story of the day - Los Angeles Times', ['Los Angeles Times'], 'Story of the day'],
    ['Clymer workshop manual review | MoreBikes', ['morebikes'], 'Clymer workshop manual review'],
    ['Reuters: Talks resume in Geneva', ['reuters'], 'Talks resume in Geneva'],
    ['Take C.A.R.E. - comwrap auf der DMEXCO 2018', ['comwrap'], 'Take C.A.R.E. - comwrap auf der DMEXCO 2018'],
    ['Hong Kong chaos: China deploys troops', ['express'], 'Hong Kong chaos: China deploys troops'],
  ])('%s', (title, names, want) => {
    expect(
      stripSiteName(
        title,
        names.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')),
      ),
    ).toBe(want);
  });

  it('decodes entities, double-escaped ones too', () => {
    expect(decodeEntities('Rock&nbsp;&amp;&nbsp;roll &#8217;til &amp;nbsp;dawn')).toBe('Rock & roll ’til  dawn');
  });

  it('takes the uncut headline when a source is cut short', () => {
    expect(
      storyTitle({
        candidates: ['Daily Deals: More Black Friday…', 'Daily Deals: More Black Friday Deals Are Live - IGN'],
        siteNames: ['IGN'],
        url: 'https://www.ign.com/a',
        headings: [],
      }),
    ).toBe('Daily Deals: More Black Friday Deals Are Live');
    expect(
      storyTitle({
        candidates: ['More Black Friday Deals Are Live', 'Daily Deals: More Black Friday Deals Are Live | IGN'],
        siteNames: ['IGN'],
        url: null,
        headings: [],
      }),
    ).toBe('Daily Deals: More Black Friday Deals Are Live');
  });

  it("uses the page's one <h1> only to pick the headline among its title sources", () => {
    const sources = {
      candidates: ['SEO title for search', 'The headline readers see - Site'],
      siteNames: ['Site'],
      url: null,
    };
    expect(storyTitle({ ...sources, headings: ['The headline readers see'] })).toBe('The headline readers see');
    expect(storyTitle({ ...sources, headings: ['Most read'] })).toBe('SEO title for search');
  });

  it('drops a site name that only repeats a sub-domain', () => {
    expect(siteNameOf('Hosted', 'https://hosted.ap.org/x')).toBeNull();
    expect(siteNameOf('The GiveWell Blog', 'https://blog.givewell.org/x')).toBe('The GiveWell Blog');
  });
});
