import { Readability } from '@mozilla/readability';
import type { Article, Block } from '../types';
import { walkBlocks } from './blocks';
import { cleanBlocks } from './cleanup';
import { isListing } from './listing';
import { mergeMeta, readMeta } from './meta';
import { pruneBoilerplate } from './prune';

export interface PageOptions {
  /** The page's URL, used for metadata when the document has no canonical link. */
  url?: string | null;
}

/**
 * Finds the article in a document with Readability, on a clone: the given document is never
 * changed. Boilerplate is pruned from the clone before Readability (by class and id hints and
 * link density) and from its result after (by text and position). Returns null when the page
 * holds no article: what Readability kept is a listing (a home page, search results) or nothing.
 */
export function extractArticle(doc: Document, options: PageOptions = {}): Article | null {
  const pageMeta = readMeta(doc, options.url ?? null);
  const clone = doc.cloneNode(true) as Document;
  pruneBoilerplate(clone);
  const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  if (!parsed?.content) return null;
  const walked = walkBlocks(parsed.content as unknown as Element);
  if (isListing(walked)) return null;
  const meta = mergeMeta(pageMeta, parsed);
  const blocks: Block[] = cleanBlocks(walked, { title: meta.title, byline: meta.byline });
  if (blocks.length === 0) return null;
  return { meta, blocks };
}
