/**
 * The fixed held-out parts of the development data, chosen by a hash of each item's id so that an
 * item's part never depends on the order or the number of items. A held-out part is a yardstick:
 * never used to tune, train or choose. Both rules are frozen: changing either would move items
 * between the parts and void every held-out figure printed so far.
 * - CNN stories (eval:summary, tune:summary, eval:summary-cv): halves by the lowest bit of FNV-1a
 *   (32 bits) of the id; the cross-validation folds use the bits above it.
 * - Extraction pages (eval:extract): 30% held out, by the first 16 bits of SHA-256 of a salted id.
 */
import { createHash } from 'node:crypto';

export type StoryPart = 'tune' | 'held-out';
export type PagePart = 'design' | 'holdout';

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The half a CNN story belongs to: weights are chosen on 'tune' only. */
export function storyPart(id: string): StoryPart {
  return fnv1a(id) % 2 === 0 ? 'tune' : 'held-out';
}

/**
 * The cross-validation fold (0..folds-1) of a tuning story, from the hash bits above the one
 * that chose its part, so folds split the tuning half evenly and never touch the held-out half.
 */
export function foldOf(id: string, folds: number): number {
  return (fnv1a(id) >>> 1) % folds;
}

const PAGE_SALT = 'newsgist-extract-holdout-v1:';
const PAGE_HELD_OUT = 0.3;

/** The part of an extraction page: rules are designed on 'design' pages only. */
export function pagePart(id: string): PagePart {
  const h = createHash('sha256')
    .update(PAGE_SALT + id)
    .digest();
  return h.readUInt16BE(0) / 65536 < PAGE_HELD_OUT ? 'holdout' : 'design';
}
