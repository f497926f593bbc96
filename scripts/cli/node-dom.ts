/**
 * The Node DOM adapter: a saved page as the Document lib/ takes, built by linkedom (the same
 * Readability results as jsdom, at a fraction of its cost). Used by the CLI, the evaluations,
 * the benchmarks and the unit tests; the browser has its own DOM. linkedom is used as it ships.
 */
import { parseHTML } from 'linkedom';

/**
 * Parses a saved page. Like a browser's parser, it gives every page an html root with a head and
 * a body: linkedom would otherwise keep a fragment's first tag as the root and insert a head on
 * the first read of `document.title`, changing the page while lib/ reads it.
 */
export function parseDocument(html: string): Document {
  const markup = /<html[\s>]/i.test(html)
    ? html
    : `<html>${/<(head|body|frameset)[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`}</html>`;
  const doc = parseHTML(markup).document as unknown as Document;
  if (doc.documentElement) void [doc.head, doc.body];
  return doc;
}
