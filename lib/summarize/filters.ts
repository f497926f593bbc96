import { boilerplateReason } from '../extract/boilerplate';

/**
 * Sentences a digest must never show, each with its reason. They stay in the article (their
 * words still count toward what the article is about) but are never key sentences.
 */
const NEVER_PICK: readonly { reason: string; test: RegExp }[] = [
  { reason: 'question to the reader', test: /\?["”’)]?$/ },
  {
    reason: 'byline',
    test: /^[Bb][Yy]\s*\.?$|^[Bb][Yy]\s+\p{Lu}[\p{L}'’.-]*(\s+(and\s+)?\p{Lu}[\p{L}'’.-]*){0,4}\s*[.,]?(\s*(PUBLISHED|UPDATED|Published|Updated)\b.*)?$/u,
  },
  { reason: 'time stamp', test: /^(published|updated|last updated)\b/i },
  { reason: 'dateline', test: /^\(?\p{Lu}[\p{L}.]*\)?\s*(--|—)\s*$/u },
  { reason: "editor's note", test: /^(\[|editor'?s note\b|correction:|clarification:)/i },
  {
    reason: 'read-more pointer',
    test: /^(read|watch|listen|see|click)( more| this| also| here| the (full|original|gallery|video|story)|:)\b/i,
  },
  {
    reason: 'photo credit',
    test: /\b(photo|image|picture)s?\s*(credit|courtesy|:)|\((photo |image )?credits?:|\bgetty images\b|\bAFP\/|\(AP Photo/i,
  },
  {
    reason: 'contributor credit',
    test: /\bcontributed (reporting|to (this|the) (report|story))\b|^(\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(and\s+(\p{Lu}[\p{L}.'’-]*\s+){1,4})?(reported|wrote)( and (reported|wrote))? from\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)*\s*[;.,]/u,
  },
  // Headings, captions and list items have no sentence ending of their own; CNN's text marks
  // them with a detached " ." ("Latest developments in the fight against ISIS .").
  { reason: 'heading, caption or list lead-in', test: /(\s\.|:\s*\.?|[^.!?…"'”’)\]])$/ },
  {
    reason: 'alert or newsletter pitch',
    test: /^(get (breaking news |email |news )?alerts|sign up|subscribe)\b|\bdelivered (to your inbox|weekday|daily|every (morning|day|week))\b|^get\b.{0,60}\bdelivered\b/i,
  },
  {
    reason: 'prompt to the reader',
    test: /\b(tell us|let us know|share your (thoughts|story|stories|photos|views)|join us on|follow us)\b|^(follow|like|join)\s+(\S+\s+){1,3}on\s+(twitter|facebook|instagram|youtube|tiktok|linkedin|social media)\b/i,
  },
  { reason: 'contact line', test: /^(contact|write to|e-?mail)\b.{0,80}(www\.|@|p\.\s?o\.\s?box)/i },
  { reason: 'breadcrumb', test: /\s[»›|>]\s.*\s[»›|>]\s/ },
  { reason: 'aside in brackets', test: /^\(.*\)[.!?]?$/ },
];

/** "TRANSCRIPT .", "Associated Press .": no word in lower case, so a heading or a credit, not a sentence. */
function isHeadingFragment(text: string): boolean {
  return !/(^|[\s"“‘(])[a-z]{3,}/.test(text);
}

/**
 * The rules that read only punctuation and shape, for sentences in any language: a question,
 * an aside in brackets, a line without a sentence mark of its script (a heading, a caption).
 */
const ANY_LANGUAGE: readonly { reason: string; test: RegExp }[] = [
  { reason: 'question to the reader', test: /[?？؟\u037e՞][\p{Pe}\p{Pf}"'”’)」』]*$/u },
  {
    reason: 'heading, caption or list lead-in',
    test: /(\s\.|:\s*\.?|[^.!?…。．！？｡؟۔।॥։።\p{Pe}\p{Pf}"'”’)\]」』])$/u,
  },
  { reason: 'breadcrumb', test: /\s[»›|>]\s.*\s[»›|>]\s/ },
  { reason: 'aside in brackets', test: /^[(（].*[)）][.!?。！？]?$/ },
];

/**
 * Why a sentence can't be a key sentence, or null when it can. English sentences go through
 * every rule; others through the rules of punctuation and shape only.
 */
export function neverPickReason(text: string, english = true): string | null {
  if (!english) {
    for (const rule of ANY_LANGUAGE) if (rule.test.test(text)) return rule.reason;
    return null;
  }
  for (const rule of NEVER_PICK) if (rule.test.test(text)) return rule.reason;
  if (isHeadingFragment(text)) return 'heading or credit fragment';
  return boilerplateReason(text);
}
