/**
 * Page to digest in Node on the extraction dev pages: linkedom parsing (the browser has the DOM
 * already), Newsgist's extraction (clone, clean-up, Readability, blocks), the digest of the
 * extracted article, and plain Readability alone as the reference. The CLI extracts in place (it
 * owns the page it parsed): its row times extraction without the clone.
 */
import { Readability } from '@mozilla/readability';
import { digestArticle } from '../../lib/digest';
import { extractArticle } from '../../lib/extract/page';
import { parseDocument } from '../cli/node-dom';
import type { Page } from '../shared/corpus';
import { printTimings, timed } from '../shared/stats';

interface Times {
  parse: number[];
  readability: number[];
  extract: number[];
  digest: number[];
  pageToDigest: number[];
  inPlace: number[];
  withParse: number[];
  noArticle: number;
}

function once(page: Page, t: Times | null): void {
  const [doc, parse] = timed(() => parseDocument(page.html));
  const [article, extract] = timed(() => extractArticle(doc, { url: page.url }));
  const [, digest] = article ? timed(() => digestArticle(article, { maxSentences: 10 })) : [null, 0];
  const fresh = parseDocument(page.html);
  const [, readability] = timed(() => new Readability(fresh).parse());
  const owned = parseDocument(page.html);
  const [, inPlace] = timed(() => extractArticle(owned, { url: page.url, disposable: true }));
  if (!t) return;
  t.parse.push(parse);
  t.readability.push(readability);
  t.extract.push(extract);
  if (!article) t.noArticle++;
  else t.digest.push(digest);
  t.pageToDigest.push(extract + digest);
  t.inPlace.push(inPlace);
  t.withParse.push(parse + inPlace + digest);
}

export function benchPages(pages: readonly Page[]): Times {
  const t: Times = {
    parse: [],
    readability: [],
    extract: [],
    digest: [],
    pageToDigest: [],
    inPlace: [],
    withParse: [],
    noArticle: 0,
  };
  process.stderr.write(`pages: warming up on ${pages.length} pages…\n`);
  for (const p of pages) once(p, null);
  process.stderr.write('pages: measuring…\n');
  for (const p of pages) once(p, t);
  return t;
}

export function reportPages(t: Times, pages: number): void {
  printTimings(`Page to digest in Node: ms per page (${pages} pages of extraction-dev, DOM by linkedom)`, 'pages', [
    ['DOM parsing (linkedom parseHTML; free in the browser)', t.parse],
    ['plain Readability 0.6.0 alone (reference)', t.readability],
    ['  Newsgist extraction (clone + clean-up + Readability + blocks)', t.extract],
    ['  digest of the extracted article', t.digest],
    ['Newsgist page → digest (what the injected script does)', t.pageToDigest],
    ['  Newsgist extraction in place, no clone (CLI)', t.inPlace],
    ['Newsgist page → digest, DOM parsing included, in place (CLI)', t.withParse],
  ]);
  if (t.noArticle) process.stdout.write(`(${t.noArticle} pages gave no article: their digest time is 0)\n`);
}
