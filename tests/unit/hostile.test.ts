import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWords, reasonText } from '../../entrypoints/shared/wording';
import { digestDocument, MAX_WORDS } from '../../lib/digest';
import { formatDigest } from '../../lib/format';
import { MAX_DEPTH, measurePage } from '../../lib/guards';
import { parseDocument } from '../../scripts/cli/node-dom';
import { english } from '../../scripts/shared/messages';
import { checkResult } from '../../scripts/tools/fuzz-shapes';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'hostile', name), 'utf8');

function digestPage(html: string) {
  const doc = parseDocument(html);
  const before = doc.toString();
  const result = digestDocument(doc, { maxSentences: 10 });
  expect(doc.toString()).toBe(before);
  checkResult(result, 10);
  return result;
}

function digestOf(html: string) {
  const result = digestPage(html);
  if (!result.ok) throw new Error(`expected a digest, got ${JSON.stringify(result.error)}`);
  return result;
}

describe('pages that hold no article', () => {
  it.each([
    ['empty.html', 'empty', 'empty-page', /no text/],
    ['only-images.html', 'empty', 'empty-page', /images or media/],
    ['only-navigation.html', 'no-article', 'link-page', /list of links/],
    ['video.html', 'no-article', 'media-page', /video/],
    ['frameset.html', 'no-article', 'frameset', /frameset/],
  ])('%s gives a typed error with a clear message', (name, code, kind, message) => {
    const result = digestPage(fixture(name));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual({ code, reason: { kind } });
      expect(reasonText(result.error.reason, english)).toMatch(message);
    }
  });

  it.each([
    ['an empty string', ''],
    ['a bare fragment without html or body', '<nav><a href="/">Home</a></nav>'],
    ['only scripts', '<html><head><script>var a = "long text ".repeat(100)</script></head><body></body></html>'],
  ])('%s is explained, not thrown', (_, html) => {
    expect(digestPage(html).ok).toBe(false);
  });
});

describe('hostile pages', () => {
  it('shows script and markup payloads as text and never takes text from scripts, alt or noscript', () => {
    const { digest, article } = digestOf(fixture('payloads.html'));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(digest.title).toContain('<script>alert("title")</script>');
    expect(text).toContain('posted online as <script>alert("body")</script>, drew jokes');
    for (const never of ['Injected paragraph', "alert('alt')", 'Enable JavaScript', '__stolen', 'onerror', 'onclick']) {
      expect(text).not.toContain(never);
    }
    expect(digest.people[0]).toMatchObject({ name: 'Maria Lopez', role: 'Foreign Minister' });
    const markdown = formatDigest(digest, 5, 'markdown', copyWords(english));
    expect(markdown).not.toMatch(/(^|[^\\])</m);
  });

  it('cleans zero-width, bidi-override, control and lone-surrogate characters out of every string', () => {
    const { digest, article } = digestOf(fixture('invisible.html'));
    // Soft hyphens, like every invisible character, are cleaned out where the text enters.
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/[\u00ad\u200b\ufeff\u202e\u2066]/);
    expect(digest.title).toBe('Invisible characters in a story');
    expect(text).toContain(
      'Negotiators from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said',
    );
    expect(text).toContain('a broken surrogate \ufffd sits here');
    expect(digest.people.map((p) => p.name)).toContain('Maria Lopez');
  });

  it('digests a right-to-left article with mixed scripts, keeping every script intact', () => {
    const { digest, article } = digestOf(fixture('rtl-mixed.html'));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(digest.lang).toBe('ar');
    expect(digest.title).toContain('محادثات السلام تستأنف في جنيف');
    for (const piece of [
      'المحادثات استؤنفت',
      'המשלחת הישראלית',
      '代表团周一抵达日内瓦。',
      'Ελλάδα',
      'Россия',
      'हम शांति चाहते हैं।',
    ]) {
      expect(text).toContain(piece);
    }
    // Read as Arabic, right to left: key sentences, and no guessed people (the recogniser reads English).
    expect(digest.language).toMatchObject({ code: 'ar', source: 'page', rtl: true });
    expect(digest.ranked.length).toBeGreaterThan(0);
    expect(digest.people).toEqual([]);
  });
});

const SENTENCE =
  'Negotiators from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said, after a pause of three months. ';

describe('huge and deep pages', () => {
  it('digests a 2 MB article and says it summarized the first part only', () => {
    const paragraphs = Array.from({ length: Math.ceil(2_000_000 / 150) }, (_, i) => `<p>${SENTENCE}Update ${i}.</p>`);
    const html = `<html><head><title>Talks resume</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
    expect(html.length).toBeGreaterThan(2_000_000);
    const { digest } = digestOf(html);
    expect(digest.words).toBe(MAX_WORDS);
    expect(digest.notices).toContainEqual({ kind: 'truncated', words: MAX_WORDS, totalWords: expect.any(Number) });
    // The paragraphs repeat one sentence: near-copies are never picked twice.
    expect(digest.ranked.length).toBeGreaterThanOrEqual(1);
  });

  it('digests a page with 50,000 elements', () => {
    const items = Array.from({ length: 50_000 }, (_, i) =>
      i % 5 === 0 ? `<p>${SENTENCE}</p>` : `<span class="w">w${i}</span>`,
    );
    const html = `<html><head><title>Talks resume</title></head><body><article>${items.join('')}</article></body></html>`;
    const doc = parseDocument(html);
    expect(measurePage(doc).elements).toBeGreaterThan(50_000);
    const { digest } = digestOf(html);
    expect(digest.ranked.length).toBeGreaterThan(0);
    expect(digest.people.map((p) => p.name)).toContain('Maria Lopez');
  });

  // Bug: Readability took 11 minutes on 5,000 nested divs, and overflowed the stack at 50,000.
  it('digests an article nested far deeper than any real page, keeping its words in order', () => {
    const depth = 3000;
    const body = `${'<div>'.repeat(depth)}<h2>Talks resume</h2><p>${SENTENCE.repeat(3)}</p><p>${SENTENCE}</p>${'</div>'.repeat(depth)}`;
    const doc = parseDocument(`<html><head><title>Talks resume</title></head><body>${body}</body></html>`);
    expect(measurePage(doc).depth).toBeGreaterThan(MAX_DEPTH);
    const { article } = digestOf(doc.toString());
    expect(article.blocks.map((b) => b.text)).toContain(SENTENCE.repeat(3).trim());
  });
});

describe('a stage that throws', () => {
  it('becomes a typed "failed" error with the reason, never an exception', () => {
    const doc = parseDocument('<html><body><p>text</p></body></html>');
    Object.defineProperty(doc, 'body', {
      get() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    expect(digestDocument(doc)).toEqual({
      ok: false,
      error: { code: 'failed', reason: { kind: 'crashed', input: 'page', detail: 'Maximum call stack size exceeded' } },
    });
  });
});
