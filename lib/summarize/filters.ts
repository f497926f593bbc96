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
  {
    // Captions slip into article text; these shapes are a caption's, never a reporter's sentence:
    // "In this Dec. 12, 2006, file photo, …", "An artist's illustration of …", a trailing credit.
    reason: 'photo caption',
    test: /^in (this|these|a) ([\p{L}\p{N}.,'’-]+\s+){0,7}?(file |handout |undated |aerial |combination |courtesy )?(photos?|photographs?|images?|pictures?|frame grabs?|screen ?grabs?|screenshots?|still image|video (grab|still|image))(?=[\s,])[^,]{0,60},|^(an? |this )?artist['’]?s['’]? (illustration|rendering|impression|conception|concept)\b|\((AP|AFP|EPA|Reuters|Getty|Getty Images|Photo|Photos|Image|Picture|File|Pool)( (Photos?|Images?))?\s*(\/|:|by\b)[^)]*\)[.!]?$|\((photo|image|picture|video)s?( credit)?:?\s+(by|courtesy|via|from)\b[^)]*\)[.!]?$/iu,
  },
  {
    // "X, pictured at the White House in 2018, …", "Pictured: …", "is pictured during …",
    // "seen here", "pose for a photo": a caption's way of pointing at a picture.
    reason: 'photo caption',
    test: /^pictured\b|,\s*pictured\s+(here|left|right|above|below|centre|center|at|in|during|on|with|after|before)\b[^,]{0,80},|,\s*(shown|seen)\s+(left|right|above|below|in (a|an|the|this) (photo|image|picture|file photo|video))\b|\b(is|are) pictured (here|at|in|during|on|with|after|before)\b|\bseen here\b|\bposes? for (a |the )?(photo|picture|photograph|portrait|selfie)s?\b/i,
  },
  {
    // AP and agency captions: a present-tense action closed by the photo's date ("Trump speaks
    // during a news conference in Washington, Nov. 18, 2019.").
    reason: 'photo caption',
    test: /\b(speaks|gestures|looks on|arrives|waves|listens|poses|walks|stands|attends|delivers|holds|reacts|smiles|sits|talks|leaves|departs|is seen|are seen)\b.{0,160},\s+(Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(19|20)\d\d\.?$/,
  },
  { reason: 'breadcrumb', test: /\s[»›|>]\s.*\s[»›|>]\s/ },
  // "Macron jibe [INSIGHT]| Lakers vs Nets [VIDEO]": teasers for other stories, each with its label.
  { reason: 'list of links', test: /\[\p{Lu}{2,}[\p{Lu} ]*\].*\[\p{Lu}{2,}[\p{Lu} ]*\]/u },
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
  // "Macron jibe [INSIGHT]| Lakers vs Nets [VIDEO]": teasers for other stories, each with its label.
  { reason: 'list of links', test: /\[\p{Lu}{2,}[\p{Lu} ]*\].*\[\p{Lu}{2,}[\p{Lu} ]*\]/u },
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
