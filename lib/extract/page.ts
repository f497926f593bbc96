import { Readability } from '@mozilla/readability';
import type { Article, Block } from '../types';
import { linkDensity, walkBlocks } from './blocks';
import { cleanBlocks } from './cleanup';
import { mergeMeta, readMeta } from './meta';
import { pruneBoilerplate } from './prune';

/** When more than this share of what Readability kept is link text, the page is a list of links. */
const MAX_LINK_SHARE = 0.5;

export interface PageOptions {
  /** The page's URL, used for metadata when the document has no canonical link. */
  url?: string | null;
}

function isLinkList(blocks: ReturnType<typeof walkBlocks>): boolean {
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    chars += b.text.length;
    links += linkDensity(b) * b.text.length;
  }
  return chars === 0 || links / chars > MAX_LINK_SHARE;
}

/**
 * Finds the article in a document with Readability, on a clone: the given document is never
 * changed. Boilerplate is pruned from the clone before Readability (by class, id, role and tag)
 * and from its result after (by text and position). Returns null when the page holds no article
 * (a home page, a list of links, a video page).
 */
export function extractArticle(doc: Document, options: PageOptions = {}): Article | null {
  const pageMeta = readMeta(doc, options.url ?? null);
  const clone = doc.cloneNode(true) as Document;
  pruneBoilerplate(clone);
  const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  if (!parsed?.content) return null;
  const walked = walkBlocks(parsed.content as unknown as Element);
  if (isLinkList(walked)) return null;
  const meta = mergeMeta(pageMeta, parsed);
  const blocks: Block[] = cleanBlocks(walked, { title: meta.title, byline: meta.byline });
  if (blocks.length === 0) return null;
  return { meta, blocks };
}
