import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWords } from '../../entrypoints/shared/wording';
import { digestDocument } from '../../lib/digest';
import { toMarkdown, toPlainText } from '../../lib/format';
import { languageInfo } from '../../lib/language';
import type { Digest } from '../../lib/types';
import { webUrl } from '../../lib/url';
import { parseDocument } from '../../scripts/cli/node-dom';
import { english } from '../../scripts/shared/messages';
import { oneWordParagraphs } from '../fixtures/hostile/huge';

const HOSTILE = join(__dirname, '..', 'fixtures', 'hostile');

describe('links: only http(s), anything else dropped (issue 17)', () => {
  it.each([
    ['https://news.example/a', null, 'https://news.example/a'],
    ['HTTP://News.Example/a b', null, 'http://news.example/a%20b'],
    ['/world/story', 'https://news.example/home', 'https://news.example/world/story'],
    ['/world/story', null, null],
    ['javascript:alert(1)', null, null],
    [' JaVaScRiPt:alert(1)', 'https://news.example/', null],
    ['java\tscript:alert(1)', 'https://news.example/', null],
    ['data:text/html,<script>alert(1)</script>', null, null],
    ['file:///etc/passwd', null, null],
    ['vbscript:msgbox', null, null],
    ['blob:https://news.example/1', null, null],
    ['', null, null],
  ])('%j (base %j) → %j', (raw, base, expected) => {
    expect(webUrl(raw, base)).toBe(expected);
  });

  const digest: Digest = {
    title: 'A headline',
    url: 'javascript:alert(1)',
    siteName: null,
    byline: null,
    published: null,
    lang: 'en',
    language: languageInfo('en', 'page'),
    words: 300,
    readingSize: 300,
    ranked: [{ text: 'A sentence.', index: 0 }],
    people: [],
    notices: [],
  };

  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x'])('neither copy carries %s', (url) => {
    const d = { ...digest, url };
    for (const text of [toMarkdown(d, 3, copyWords(english)), toPlainText(d, 3, copyWords(english))]) {
      expect(text).not.toMatch(/javascript:|data:|vbscript:/i);
      expect(text).toContain('A headline');
    }
    expect(toMarkdown(d, 3, copyWords(english))).not.toContain('](');
  });

  it('a page whose canonical link is javascript: and og:url data: gets no link at all', () => {
    const doc = parseDocument(readFileSync(join(HOSTILE, 'link-schemes.html'), 'utf8'));
    const result = digestDocument(doc, { disposable: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.digest.url).toBeNull();
  });

  it('a relative canonical link is resolved against the page', () => {
    const doc = parseDocument(
      readFileSync(join(HOSTILE, 'link-schemes.html'), 'utf8').replace(
        'javascript:alert(document.cookie)',
        '/city/bridge',
      ),
    );
    const result = digestDocument(doc, { disposable: true, url: 'https://news.example/city/bridge?ref=home' });
    expect(result.ok && result.digest.url).toBe('https://news.example/city/bridge?ref=home');
  });
});

describe('pages of words without sentences are no article (issue 17)', () => {
  it('5,000 one-word paragraphs: "no article", not a digest of nothing in another language', () => {
    const result = digestDocument(parseDocument(oneWordParagraphs()), { disposable: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-article' } });
    expect(result).toMatchObject({ error: { reason: { kind: 'no-sentence', words: 5000, total: 5000 } } });
  });

  it('20,000 spans of made-up tokens: "no article"', () => {
    const spans = Array.from({ length: 20_000 }, (_, k) => `<span>x${k.toString(36)} </span>`).join('');
    const result = digestDocument(parseDocument(`<html><body><div>${spans}</div></body></html>`), {
      disposable: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });
});
