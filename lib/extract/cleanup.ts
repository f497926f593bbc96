import { countWords } from '../text/words';
import type { Block } from '../types';
import { linkDensity, type WalkedBlock } from './blocks';
import { boilerplateReason } from './boilerplate';
import { foldText, hasPhotoCredit, isAuthorBio, isByline, isDateline, isPromo } from './lines';

/** A block this long that ends like a sentence is article prose: the body starts and ends there. */
const PROSE_WORDS = 15;
/** In the lead and the tail, a line this short without a sentence ending is a label, not text. */
const LABEL_WORDS = 6;
/** A run of this many link-only list items or lines, inside the body, is a "related" list. */
const LINK_RUN = 2;

export interface CleanupContext {
  title: string | null;
  byline: string | null;
  /** The page's description (meta description, og:description): a standfirst repeats it. */
  excerpt?: string | null;
}

/** A paragraph of article prose: long enough, ending like a sentence, mostly not links. */
export function isProse(block: WalkedBlock): boolean {
  return (
    block.kind !== 'h' &&
    countWords(block.text, PROSE_WORDS) >= PROSE_WORDS &&
    linkDensity(block) < 0.5 &&
    /[.!?…:;"”’)\]]$/.test(block.text)
  );
}

function isLabel(block: WalkedBlock): boolean {
  return countWords(block.text, LABEL_WORDS) <= LABEL_WORDS && !/[.!?"”]$/.test(block.text);
}

function repeatsTitle(block: WalkedBlock, title: string | null): boolean {
  if (!title) return false;
  const line = foldText(block.text);
  const head = foldText(title);
  return line.length > 0 && (line === head || (block.kind === 'h' && head.startsWith(line)));
}

/** A standfirst set as a heading has at least this many words and ends like a sentence. */
const STANDFIRST_WORDS = 12;

/**
 * A heading above the body that is the standfirst: it repeats the page's description, or it is a
 * whole sentence ("CHINA has sent troops to Hong Kong in a bid to restore order…").
 */
function isStandfirst(block: WalkedBlock, excerpt: string | null | undefined): boolean {
  if (block.kind !== 'h') return false;
  if (excerpt && foldText(block.text) === foldText(excerpt)) return true;
  return countWords(block.text, STANDFIRST_WORDS) >= STANDFIRST_WORDS && /[.!]["”’]?$/.test(block.text);
}

/** Short enough for an author bio to be told from article text wherever it stands. */
const BIO_WORDS = 30;

/**
 * The end of the body: from the last block back, while blocks are headings, short labels, link
 * lines, author bios or calls to the reader. Short list items are not labels there: a closing
 * list (tour dates, results) is article text. Returns the index where that tail starts.
 */
function tailStart(blocks: WalkedBlock[]): number {
  let i = blocks.length;
  while (i > 0) {
    const b = blocks[i - 1]!;
    const label = isLabel(b) && b.kind !== 'li';
    const junk = b.kind === 'h' || label || linkDensity(b) >= 0.5 || isAuthorBio(b.text) || isPromo(b.text);
    if (!junk) break;
    i--;
  }
  return Math.min(i, trailingSection(blocks));
}

/** Headings over other stories. "See also" is not one: in a reference work it lists related entries. */
const TEASER_HEADING =
  /^(related( (stories|articles|content|posts|coverage|reading|news))?|more (from|on|stories|news)|you (may|might) also like|recommended|read (more|next)|most (read|popular)|trending)\b/i;

/**
 * A heading past the middle of the body's words that announces other content ("Want more stories
 * like this?", "You may also like", "Related stories") opens a section of teasers that runs to
 * the end. Returns where it starts (the block count when there is none).
 */
function trailingSection(blocks: WalkedBlock[]): number {
  const words = blocks.map((b) => countWords(b.text));
  const total = words.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (before >= total / 2 && b.kind === 'h' && (isPromo(b.text) || TEASER_HEADING.test(b.text))) return i;
    before += words[i]!;
  }
  return blocks.length;
}

/** Blocks that are links and little else, in runs of at least LINK_RUN: related-story lists. */
function linkRuns(blocks: WalkedBlock[]): boolean[] {
  const linky = blocks.map((b) => linkDensity(b) >= 0.8 && countWords(b.text, 20) <= 20);
  const out = blocks.map(() => false);
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && linky[j]) j++;
    if (j - i >= LINK_RUN) for (let k = i; k < j; k++) out[k] = true;
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * Removes what is not the article from walked blocks, by text and by position:
 * - anywhere: boilerplate lines (copyright, newsletter, share, credits...), datelines, figure
 *   captions that carry a photo credit (a news photo's caption, never the article's words),
 *   and runs of link-only lines (related-story lists);
 * - before the first prose paragraph (the lead): the repeated headline, bylines, short labels and
 *   a standfirst set as a heading;
 * - after the last prose paragraph: short labels, link lines and author bios;
 * - at the very end: the run of headings, labels, link lines, bios and calls to the reader
 *   ("Follow us..."), and any section opened by a teaser heading ("More stories") past the middle.
 * Without any prose paragraph, only the "anywhere" rules apply.
 */
export function cleanBlocks(blocks: WalkedBlock[], context: CleanupContext): Block[] {
  const prose = blocks.map(isProse);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const runs = linkRuns(blocks);
  const tail = first < 0 ? blocks.length : tailStart(blocks);
  const keep = blocks.map((block, i) => {
    if (block.caption && hasPhotoCredit(block.text)) return false;
    if (boilerplateReason(block.text) !== null || isDateline(block.text) || runs[i]) return false;
    if (countWords(block.text, BIO_WORDS) <= BIO_WORDS && isAuthorBio(block.text)) return false;
    if (context.byline && foldText(block.text) === foldText(context.byline)) return false;
    if (first < 0) return true;
    if (i >= tail) return false;
    if (i < first) {
      return !(
        repeatsTitle(block, context.title) ||
        isByline(block.text, context.byline) ||
        isLabel(block) ||
        isStandfirst(block, context.excerpt)
      );
    }
    if (i > last) {
      return !((isLabel(block) && block.kind === 'p') || linkDensity(block) >= 0.5 || isAuthorBio(block.text));
    }
    return true;
  });
  return blocks.filter((_, i) => keep[i]).map(({ kind, text }) => ({ kind, text }));
}

/** Clean-up for plain text (no links, no headings): the same rules on paragraphs. */
export function dropBoilerplate(blocks: Block[]): Block[] {
  return cleanBlocks(
    blocks.map((b) => ({ ...b, linkChars: 0, caption: false })),
    { title: null, byline: null },
  );
}
