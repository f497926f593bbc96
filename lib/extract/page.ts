import { Readability } from '@mozilla/readability';
import type { Article, Block } from '../types';
import { walkBlocks } from './blocks';
import { cleanBlocks } from './cleanup';
import { pictureDescriptions, removeFurniture, removeMirroredCaptions } from './furniture';
import { copyWithoutHidden, removeHiddenByPage } from './hidden';
import { isListing } from './listing';
import { mergeMeta, readMeta } from './meta';
import { pruneBoilerplate } from './prune';
import { readTitleSources, siteNameOf, storyTitle } from './title';

export interface PageOptions {
  /** The page's URL, used for metadata when the document has no canonical link. */
  url?: string | null;
  /**
   * The caller owns the document and reads nothing of it afterwards (the CLI's parsed file):
   * extraction works on it directly instead of on a copy, and leaves it changed. Never set in the
   * browser: the injected script reads the reader's live page, which must stay as it is.
   */
  disposable?: boolean;
  /**
   * The browser's own answer to "is this element hidden from the reader?" (the live page's
   * `checkVisibility()`), asked of the given document's elements. When set, hidden text is left
   * out by it (see copyWithoutHidden); without it, by the page's markup and own style sheets.
   */
  isHidden?: (el: Element) => boolean;
}

/**
 * Finds the article in a document with Readability, on a clone: the given document is never
 * changed, unless the caller says it is `disposable` (then the work is done on it directly).
 * Hidden text goes first (hidden.ts), then boilerplate and furniture are pruned before Readability
 * (by class and id hints and link density), byline and date boxes from its result (furniture.ts),
 * and the rest by text and position (cleanup.ts). Returns null when the page holds no article: what
 * Readability kept is a listing (a home page, search results) or nothing.
 */
export function extractArticle(doc: Document, options: PageOptions = {}): Article | null {
  const pageMeta = readMeta(doc, options.url ?? null);
  const titles = readTitleSources(doc);
  let work: Document;
  if (options.disposable) work = doc;
  else if (options.isHidden) work = copyWithoutHidden(doc, options.isHidden);
  else work = doc.cloneNode(true) as Document;
  if (!options.isHidden) removeHiddenByPage(work);
  const descriptions = pictureDescriptions(work.body ?? work.documentElement);
  pruneBoilerplate(work);
  // Classes kept: the byline and date boxes inside what Readability kept are told by them.
  const parsed = new Readability(work, { serializer: (el: Node) => el, charThreshold: 300, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const content = parsed.content as unknown as Element;
  removeFurniture(content);
  removeMirroredCaptions(content, descriptions);
  const walked = walkBlocks(content);
  if (isListing(walked)) return null;
  const merged = mergeMeta(pageMeta, parsed);
  const siteName = siteNameOf(merged.siteName, merged.url ?? merged.canonicalUrl ?? null);
  const meta = {
    ...merged,
    // "0001-01-01T00:00:00Z" is a platform's empty date, not the story's.
    published: merged.published && /^0{3}/.test(merged.published) ? null : merged.published,
    siteName,
    title: storyTitle({
      candidates: [parsed.title, pageMeta.title, ...titles.candidates],
      siteNames: [siteName, ...titles.siteNames],
      url: merged.url ?? merged.canonicalUrl ?? null,
      headings: titles.headings,
    }),
  };
  const blocks: Block[] = cleanBlocks(walked, { title: meta.title, byline: meta.byline, excerpt: meta.excerpt });
  if (blocks.length === 0) return null;
  return { meta, blocks };
}
