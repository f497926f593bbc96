// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageHtml } from '@/entrypoints/shared/capture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function pageOf(body: string, head = '<title>T &amp; co</title>'): Document {
  return parse(`<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
}

function paragraphs(doc: Document, sections: number, each: number): void {
  for (let s = 0; s < sections; s++) {
    const section = doc.createElement('section');
    section.id = `s${s}`;
    for (let k = 0; k < each; k++) {
      const p = doc.createElement('p');
      p.textContent = `Section ${s} paragraph ${k}.`;
      section.append(p);
    }
    doc.body.append(section);
  }
}

describe('the page copy (pageHtml)', () => {
  it('writes what a reader sees, and leaves out code, styles, comments and hidden elements', async () => {
    const doc = pageOf(
      `<article class="story"><h1 title='He said "no" &amp; left'>Talks &lt;resume&gt;</h1>` +
        `<p style="color:red" onclick="steal()">Fish &amp; chips\u00a0today, <span>quietly</span> ` +
        `<span class="byline">by Ann Lee</span><br>done.</p><!-- a comment -->` +
        `<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient></svg>` +
        `<p class="gone">Secret paragraph.</p><div style="display:none">Hidden box.</div>` +
        `<script>document.title = 'x'</script><style>.gone { display: none }</style>` +
        `<script type="application/ld+json">{"author":"Ann Lee"}</script>` +
        `<template><p>Template text.</p></template><img src="a.jpg" alt="A"></article>`,
    );
    const { html, hidden } = await pageHtml(doc, 1e6);
    expect(html).not.toBeNull();
    const copy = parse(html as string);
    expect(html?.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(copy.title).toBe('T & co');
    expect(copy.querySelector('h1')?.getAttribute('title')).toBe('He said "no" & left');
    expect(copy.querySelector('h1')?.textContent).toBe('Talks <resume>');
    const p = copy.querySelector('article p');
    expect(p?.textContent).toBe('Fish & chips\u00a0today, quietly by Ann Leedone.');
    expect(p?.hasAttribute('style') || p?.hasAttribute('onclick')).toBe(false);
    // A span without attributes means nothing and is written as its text; a classed one stays.
    expect(copy.querySelectorAll('span')).toHaveLength(1);
    expect(copy.querySelector('span.byline')?.textContent).toBe('by Ann Lee');
    expect(copy.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 10 10');
    expect(copy.querySelector('img')?.getAttribute('alt')).toBe('A');
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toBe('{"author":"Ann Lee"}');
    expect(copy.querySelectorAll('script')).toHaveLength(1);
    expect(html).not.toMatch(/a comment|steal|color:|display:|Template text|Secret paragraph|Hidden box/);
    expect(hidden).toBe(2);
  });

  it('gives the same copy however finely the work is sliced', async () => {
    const doc = pageOf('');
    paragraphs(doc, 2, 600);
    const whole = await pageHtml(doc, 1e8, Number.POSITIVE_INFINITY);
    const sliced = await pageHtml(doc, 1e8, 0);
    expect(sliced.html).toBe(whole.html);
    expect(parse(whole.html as string).querySelectorAll('p')).toHaveLength(1200);
  });

  it('stays well-formed when the page removes what is being copied between two slices', async () => {
    const doc = pageOf('');
    paragraphs(doc, 3, 1500);
    // The first slice (to the first turn, every 32 nodes with sliceMs 0) ends inside section s0;
    // then the page runs, and removes that section and the next.
    const copying = pageHtml(doc, 1e8, 0);
    doc.getElementById('s0')?.remove();
    doc.getElementById('s1')?.remove();
    const { html } = await copying;
    const text = html as string;
    expect(text.split('<section').length).toBe(text.split('</section>').length);
    const copy = parse(text);
    const s0 = copy.querySelectorAll('#s0 p');
    // What was written before the removal stays; nothing after it was read from the removed section.
    expect(s0.length).toBeGreaterThan(0);
    expect(s0.length).toBeLessThan(1500);
    expect(copy.getElementById('s1')).toBeNull();
    expect(copy.querySelectorAll('#s2 p')).toHaveLength(1500);
    expect(copy.body.lastElementChild?.id).toBe('s2');
  });

  it('refuses a copy over the limit and still says how large it is', async () => {
    const doc = pageOf('');
    paragraphs(doc, 1, 200);
    const full = await pageHtml(doc, 1e8);
    const capped = await pageHtml(doc, 1000);
    expect(capped.html).toBeNull();
    expect(capped.chars).toBe(full.chars);
    expect(full.chars).toBe(full.html?.length);
  });
});
