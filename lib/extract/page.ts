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
  /**
   * The caller owns the document and reads nothing of it afterwards (the CLI's parsed file):
   * extraction works on it directly instead of on a copy, and leaves it changed. Never set in the
   * browser: the injected script reads the reader's live page, which must stay as it is.
   */
  disposable?: boolean;
}

/**
 * Finds the article in a document with Readability, on a clone: the given document is never
 * changed, unless the caller says it is `disposable` (then the work is done on it directly).
 * Boilerplate is pruned before Readability (by class and id hints and link density) and from its
 * result after (by text and position). Returns null when the page holds no article: what
 * Readability kept is a listing (a home page, search results) or nothing.
 */
export function extractArticle(doc: Document, options: PageOptions = {}): Article | null {
  const pageMeta = readMeta(doc, options.url ?? null);
  const work = options.disposable ? doc : (doc.cloneNode(true) as Document);
  pruneBoilerplate(work);
  const parsed = new Readability(work, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  if (!parsed?.content) return null;
  const walked = walkBlocks(parsed.content as unknown as Element);
  if (isListing(walked)) return null;
  const meta = mergeMeta(pageMeta, parsed);
  const blocks: Block[] = cleanBlocks(walked, { title: meta.title, byline: meta.byline });
  if (blocks.length === 0) return null;
  return { meta, blocks };
}
