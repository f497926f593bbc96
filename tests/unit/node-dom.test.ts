import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/cli/node-dom';

describe('parseDocument: the Node DOM adapter', () => {
  it('gives a fragment an html root with a head and a body, as a browser does', () => {
    const doc = parseDocument('<p>One.</p><p>Two.</p>');
    expect(doc.documentElement.localName).toBe('html');
    expect(Array.from(doc.documentElement.children, (el) => el.localName)).toEqual(['head', 'body']);
    expect(Array.from(doc.body.children, (el) => el.textContent)).toEqual(['One.', 'Two.']);
  });

  it('keeps a whole page as it is, and a body without an html tag', () => {
    const page = parseDocument(
      '<!doctype html><html lang="fr"><head><title>T</title></head><body><h1>H</h1></body></html>',
    );
    expect(page.documentElement.getAttribute('lang')).toBe('fr');
    expect(page.title).toBe('T');
    expect(page.body.innerHTML).toBe('<h1>H</h1>');
    const body = parseDocument('<body><p>Text</p></body>');
    expect(body.head).not.toBeNull();
    expect(body.body.innerHTML).toBe('<p>Text</p>');
  });

  it('is not changed by reading it: reading the title adds nothing', () => {
    const doc = parseDocument('<article><p>Text</p></article>');
    const before = doc.documentElement.outerHTML;
    expect(doc.title).toBe('');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('answers tag-list queries with linkedom itself, in document order, skipping template contents', () => {
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
