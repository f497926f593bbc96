import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { blocksFrom, normalizeSpace } from './blocks';
import { dropBoilerplate } from './boilerplate';
import { readMeta } from './meta';

/** Class or id words that mark a block as not the article, checked on the clone before Readability. */
const NOT_ARTICLE_HINT =
  /(^|[-_\s])(newsletter|subscri(be|ption)|signup|share|sharing|social|related|recommended|promo|advert|sponsor|cookie|consent|paywall|author-bio|byline|caption|credit|comment|outbrain|taboola)s?($|[-_\s])/i;

/** Removes hinted boilerplate elements, keeping any that hold most of the page's paragraphs. */
function pruneHinted(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const total = body.getElementsByTagName('p').length || 1;
  for (const el of Array.from(body.querySelectorAll('[class],[id]'))) {
    if (!el.isConnected) continue;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!NOT_ARTICLE_HINT.test(hint)) continue;
    if (el.getElementsByTagName('p').length / total > 0.3) continue;
    el.remove();
  }
}

export interface PageOptions {
  /** The page's URL, used for metadata when the document has no canonical link. */
  url?: string | null;
}

/**
 * Finds the article in a document with Readability, on a clone: the given document is never
 * changed. Returns null when the page holds no article (a home page, a search page, a video).
 */
export function extractArticle(doc: Document, options: PageOptions = {}): Article | null {
  const meta = readMeta(doc, options.url ?? null);
  const clone = doc.cloneNode(true) as Document;
  pruneHinted(clone);
  const reader = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  const root = parsed.content as unknown as Element;
  const blocks = dropBoilerplate(blocksFrom(root));
  if (blocks.length === 0) return null;
  return {
    meta: {
      title: normalizeSpace(parsed.title ?? '') || meta.title,
      byline: meta.byline ?? (normalizeSpace(parsed.byline ?? '') || null),
      siteName: meta.siteName ?? (normalizeSpace(parsed.siteName ?? '') || null),
      published: meta.published ?? (parsed.publishedTime || null),
      lang: meta.lang ?? (parsed.lang || null),
      url: meta.url,
    },
    blocks,
  };
}
