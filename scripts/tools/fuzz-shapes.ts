/**
 * Random and hostile inputs for the whole pipeline (fast-check arbitraries), and the check every
 * result must pass. Shared by `npm run fuzz` (thousands of cases, timed) and tests/unit/fuzz.test.ts
 * (a few hundred, fixed seed).
 */

import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { copyWords, reasonText } from '../../entrypoints/shared/wording';
import { digestDocument, digestText, MAX_WORDS } from '../../lib/digest';
import { formatDigest } from '../../lib/format';
import { uncleanReason } from '../../lib/text/chars';
import { segmentWords } from '../../lib/text/segmenter';
import type { DigestResult } from '../../lib/types';
import { parseDocument } from '../cli/node-dom';
import { english } from '../shared/messages';

const WORDS = (
  'the a of and to in said on Tuesday talks minister president Mr Ms Dr. U.S. U.N. Secretary of State ' +
  'Foreign Minister Antony Blinken Wang Yi Joe Biden Janet Yellen Beijing Washington officials trade ' +
  'meeting would will not years 2023 3.5 percent $10 million "quoted" (aside) — – … ; : , ! ?'
).split(' ');

/** Characters that break naive text handling: invisible, controls, direction, surrogates, combining marks. */
const ODD = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u200f',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\t',
  '\v',
  '\f',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u0301',
  '\ufffe',
  '\uffff',
  'مرحبا',
  'שלום',
  '北京。',
  '日本語のテキスト、',
  'Ελληνικά',
  'русский',
  'हिन्दी',
  'ไทย',
];

/** Script and markup payloads, to be shown as text and never run. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '<iframe src="javascript:alert(1)"></iframe>',
  '&lt;b&gt;not bold&lt;/b&gt;',
  '<!--',
  ']]>',
  '*bold* _it_ [link](javascript:alert(1)) `code` # heading',
];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'x', '.', '-', '北', '\u200b'), fc.integer({ min: 200, max: 2500 }))
      .map(([c, n]) => c.repeat(n)),
  },
);

const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 24 }), fc.constantFrom('.', '!', '?', '', '."', '…', '。'))
  .map(([words, end]) => `${words.join(' ')}${end}`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

/** Plain article text: paragraphs, separators of every kind, sometimes raw random strings. */
export const textInput = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.array(paragraph, { maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\r\n', ' ', '\n \n'))
      .map(([p, sep]) => p.join(sep)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n\n', '\u200b\u200b', '\u0000', '...', '!!!') },
);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Text placed in a page: escaped (payloads must stay text) or raw (random markup). */
const pageText = fc.oneof({ weight: 3, arbitrary: paragraph.map(escapeHtml) }, { weight: 1, arbitrary: paragraph });

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'main',
  'nav',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'td',
  'form',
  'noscript',
  'template',
  'b',
];
const CLASSES = [
  '',
  'content',
  'article-body',
  'share',
  'related',
  'comments',
  'newsletter',
  'byline',
  'caption',
  'ad',
];

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pageText,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, cls, kids]) => `<${tag}${cls ? ` class="${cls}"` : ''}>${kids.join('')}</${tag}>`),
    fc.constantFrom(...PAYLOADS).map((p) => `<img src="x.jpg" alt="${attr(p)}">`),
    fc.constantFrom(...PAYLOADS).map((p) => `<script>${p}</script>`),
    fc.constantFrom('<br>', '<br><br>', '<hr>', '<video src="v.mp4"></video>', '<iframe src="e.html"></iframe>'),
  ),
}));

const jsonLd = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.constantFrom(...PAYLOADS, ...WORDS), fc.constantFrom(...PAYLOADS, 'Jane Doe'))
    .map(
      ([headline, author]) =>
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline, author: { name: author } }).replace(/</g, '\\u003c')}</script>`,
    ),
  fc.constant('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'),
  fc.constant('<script type="application/ld+json">[[[[[[[[[[]]]]]]]]]]</script>'),
);

const head = fc
  .tuple(
    fc.oneof(sentence.map(escapeHtml), fc.constantFrom(...PAYLOADS)),
    fc.constantFrom(...PAYLOADS, 'Jane Doe'),
    jsonLd,
  )
  .map(
    ([title, author, ld]) =>
      `<head><title>${title}</title><meta name="author" content="${attr(author)}">` +
      `<meta property="og:title" content="${attr(title)}">${ld}</head>`,
  );

/** Shapes that are not articles, or that are built to be heavy. */
const oddPage = fc.oneof(
  fc.constant(''),
  fc.constant('<html></html>'),
  fc.constant('<!doctype html><html><head><title></title></head><body></body></html>'),
  fc.constant('<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>'),
  fc
    .array(fc.constantFrom('World', 'Sport', 'Home', 'Politics'), { maxLength: 30 })
    .map((links) => `<body><nav>${links.map((l) => `<a href="/${l}">${l}</a>`).join(' ')}</nav></body>`),
  fc.integer({ min: 0, max: 40 }).map((n) => `<body>${'<img src="p.jpg">'.repeat(n)}</body>`),
  fc
    .tuple(fc.integer({ min: 50, max: 400 }), paragraph.map(escapeHtml))
    .map(([depth, text]) => `<body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body>`),
);

/** A whole saved page: head with payloads and JSON-LD, a random body; or an odd shape. */
export const htmlInput = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(head, fc.array(node, { maxLength: 8 }))
      .map(([h, body]) => `<!doctype html><html lang="en">${h}<body>${body.join('')}</body></html>`),
  },
  { weight: 1, arbitrary: oddPage },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);

/** Error codes a page or a text may legitimately end in; 'failed' means a bug. */
const EXPECTED_ERRORS = new Set(['empty', 'no-article']);

function cleanLine(what: string, s: string): void {
  const why = uncleanReason(s);
  if (why) throw new Error(`${what} is not clean text (${why}): ${JSON.stringify(s.slice(0, 80))}`);
  if (/[\n\r]/.test(s)) throw new Error(`${what} holds a line break: ${JSON.stringify(s.slice(0, 80))}`);
  if (s !== s.trim()) throw new Error(`${what} has outer white space: ${JSON.stringify(s.slice(0, 80))}`);
}

/**
 * Throws, saying what is wrong, unless `result` is a valid digest (every key sentence and every
 * role's evidence verbatim in the extracted text, clean strings, sane counts) or an expected typed
 * error with a message. `maxSentences` is the ranked budget that was asked for.
 */
export function checkResult(result: DigestResult, maxSentences: number): void {
  if (!result.ok) {
    if (!EXPECTED_ERRORS.has(result.error.code))
      throw new Error(`unexpected error ${result.error.code}: ${JSON.stringify(result.error.reason)}`);
    const message = reasonText(result.error.reason, english);
    if (message.length < 20) throw new Error(`unclear message: ${message}`);
    return;
  }
  const { digest: d, article } = result;
  const body = article.blocks.map((b) => b.text).join('\n');
  cleanLine('title', d.title);
  for (const key of ['url', 'siteName', 'byline', 'published', 'lang'] as const) {
    const v = d[key];
    if (v !== null) cleanLine(key, v);
  }
  for (const b of article.blocks) cleanLine('block', b.text);
  if (!Number.isInteger(d.words) || d.words < 1 || d.words > MAX_WORDS) throw new Error(`bad word count ${d.words}`);
  if (d.ranked.length > maxSentences) throw new Error(`${d.ranked.length} ranked sentences > ${maxSentences}`);
  const indices = new Set<number>();
  for (const s of d.ranked) {
    cleanLine('key sentence', s.text);
    if (!s.text || !body.includes(s.text)) throw new Error(`key sentence not in the text: ${s.text.slice(0, 80)}`);
    if (!Number.isInteger(s.index) || s.index < 0 || indices.has(s.index)) throw new Error(`bad index ${s.index}`);
    indices.add(s.index);
  }
  for (const p of d.people) {
    cleanLine('name', p.name);
    if (!p.name) throw new Error('a person without a name');
    if (p.role !== null) cleanLine('role', p.role);
    for (const a of p.aliases) cleanLine('alias', a);
    if (!Number.isInteger(p.mentions) || p.mentions < 1) throw new Error(`bad mentions ${p.mentions}`);
    if (p.evidence !== null && !body.includes(p.evidence)) throw new Error('evidence not in the text');
  }
  for (const n of d.notices) {
    if (n.kind === 'truncated' && !(n.words < n.totalWords && n.words === d.words))
      throw new Error(`bad truncated notice ${JSON.stringify(n)}`);
    // Chinese, Japanese, Thai: the short notice counts ICU's words, not runs of letters.
    const words = d.language.spaced ? d.words : segmentWords(body, d.language.code).length;
    if (n.kind === 'short' && n.words !== words) throw new Error(`bad short notice ${JSON.stringify(n)}`);
  }
  formatDigest(d, 3, 'text', copyWords(english));
  formatDigest(d, 3, 'markdown', copyWords(english));
}

export type Outcome = 'digest' | 'empty' | 'no-article';

function outcome(result: DigestResult): Outcome {
  return result.ok ? 'digest' : (result.error.code as Outcome);
}

const MAX_SENTENCES = 10;

/** Digests text and checks the result. */
export function fuzzText(text: string): Outcome {
  const result = digestText(text, { maxSentences: MAX_SENTENCES });
  checkResult(result, MAX_SENTENCES);
  return outcome(result);
}

/**
 * Parses a page, digests it, checks the result and that the page was left unchanged, and that a
 * disposable parse of the same page (the CLI's way: no copy) gives the same result.
 */
export function fuzzHtml(html: string): Outcome {
  const doc = parseDocument(html);
  const before = doc.toString();
  const options = { maxSentences: MAX_SENTENCES, url: 'https://news.example/story' };
  const result = digestDocument(doc, options);
  checkResult(result, MAX_SENTENCES);
  if (doc.toString() !== before) throw new Error('the page was changed');
  const owned = digestDocument(parseDocument(html), { ...options, disposable: true });
  if (!isDeepStrictEqual(owned, result)) throw new Error('a disposable page gave another result');
  return outcome(result);
}
