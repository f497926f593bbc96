import type { Block } from '../types';

/**
 * Boilerplate that pages put inside or right after the article body: each rule has a reason,
 * and each is decided on the block's own text (no site lists).
 */
interface TextRule {
  reason: string;
  test: RegExp;
  /** Only short blocks can match: a long paragraph that mentions "subscribe" is article text. */
  maxWords: number;
}

export const BOILERPLATE_RULES: readonly TextRule[] = [
  { reason: 'copyright line', test: /(^|\s)(copyright\b|©|\(c\)\s*\d{4})|all rights reserved/i, maxWords: 40 },
  {
    reason: 'subscription or newsletter pitch',
    test: /\b(subscribe|subscription|sign up|newsletter|inbox|stay informed)\b/i,
    maxWords: 30,
  },
  { reason: 'share or follow prompt', test: /^(share|follow us|like us|tweet|email)( this| on|\b)/i, maxWords: 12 },
  { reason: 'read-more link', test: /^(read more|related|more:|see also|watch:|listen:|recommended)\b/i, maxWords: 25 },
  {
    reason: 'editorial policy link',
    test: /\b(editorial (charter|policy|standards)|terms of (use|service)|privacy policy)\b/i,
    maxWords: 30,
  },
  { reason: 'photo credit', test: /^(photo|image|picture|credit|source)s?\s*(:|\/|by\b)/i, maxWords: 20 },
  {
    reason: 'comment prompt',
    test: /\b(leave a comment|join the conversation|comments? (are|is) closed)\b/i,
    maxWords: 20,
  },
  { reason: 'advertisement label', test: /^(advertisement|sponsored( content)?|ad)$/i, maxWords: 3 },
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The reason a block is boilerplate, or null when it reads as article text. */
export function boilerplateReason(text: string): string | null {
  const words = wordCount(text);
  for (const rule of BOILERPLATE_RULES) {
    if (words <= rule.maxWords && rule.test.test(text)) return rule.reason;
  }
  return null;
}

/**
 * Drops boilerplate blocks. Trailing blocks get one more rule: a short block without a
 * sentence ending that sits among boilerplate at the end ("Stay informed, daily") goes too.
 */
export function dropBoilerplate(blocks: Block[]): Block[] {
  const flagged = blocks.map((b) => boilerplateReason(b.text) !== null);
  let end = blocks.length;
  while (end > 0) {
    const block = blocks[end - 1];
    const isTail = flagged[end - 1] || (block !== undefined && isShortLabel(block.text) && end < blocks.length);
    if (!isTail) break;
    end--;
  }
  return blocks.filter((_, i) => i < end && !flagged[i]);
}

function isShortLabel(text: string): boolean {
  return wordCount(text) <= 6 && !/[.!?"”]$/.test(text);
}
