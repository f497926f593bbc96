import { boilerplateReason } from '../extract/boilerplate';

/**
 * Sentences a digest must never show, each with its reason. They stay in the article (their
 * words still count toward what the article is about) but are never key sentences.
 */
const NEVER_PICK: readonly { reason: string; test: RegExp }[] = [
  { reason: 'question to the reader', test: /\?["”’]?$/ },
  { reason: 'dateline or byline', test: /^(by\s+[^.]{0,60}\.|published:|updated:|last updated)/i },
  { reason: 'read-more pointer', test: /^(read|watch|listen|see|click)\b.{0,40}(here|more|full|story|:)/i },
  {
    reason: 'photo credit',
    test: /\b(photo|image|picture)s?\s*(credit|courtesy|:)|\bgetty images\b|\bAFP\/|\(AP Photo/i,
  },
];

/** Why a sentence can't be a key sentence, or null when it can. */
export function neverPickReason(text: string): string | null {
  for (const rule of NEVER_PICK) if (rule.test.test(text)) return rule.reason;
  return boilerplateReason(text);
}
