import { linkDensity, type WalkedBlock } from './blocks';
import { isProse } from './cleanup';

/** When more than this share of what Readability kept is link text, the page is a list of links. */
const MAX_LINK_SHARE = 0.5;
/** This many linked headings, at least as many as the prose paragraphs, make a list of teasers. */
const MIN_TEASERS = 5;

/**
 * True when what Readability kept is not an article but a listing: mostly links (a home page,
 * a section front), or a run of linked headings each with a blurb (search results, a feed).
 */
export function isListing(blocks: WalkedBlock[]): boolean {
  let chars = 0;
  let links = 0;
  let teasers = 0;
  let prose = 0;
  for (const b of blocks) {
    chars += b.text.length;
    links += linkDensity(b) * b.text.length;
    if (b.kind === 'h' && linkDensity(b) >= 0.8) teasers++;
    else if (isProse(b)) prose++;
  }
  if (chars === 0 || links / chars > MAX_LINK_SHARE) return true;
  return teasers >= MIN_TEASERS && teasers >= prose;
}
