import { countWords } from '../text/words';

/**
 * Boilerplate that pages put inside or right after the article body, told by a block's own
 * text: each rule has a reason and a word limit (a long paragraph that mentions "subscribe" is
 * article text). No site lists: only wordings any site uses.
 */
interface TextRule {
  reason: string;
  test: RegExp;
  /** Only blocks of at most this many words can match. */
  maxWords: number;
}

const SOCIAL = '(twitter|facebook|instagram|youtube|linkedin|tiktok|whatsapp|pinterest|telegram|threads|mastodon)';

export const BOILERPLATE_RULES: readonly TextRule[] = [
  {
    // A notice, not a sentence about copyright ("ripped off the Marvin Gaye classic, a copyright
    // win"): the sign, a year after the word, "all rights reserved", or the word opening a credit
    // to a name ("Copyright The Associated Press"). Case matters for that name, so no i flag.
    reason: 'copyright line',
    test: /[©ⓒ]|\([cC]\)\s*\d{4}|\b[Cc]opyright\s*(\([cC]\)|\d{4})|COPYRIGHT|[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|^[Cc]opyright\s+(the\s+)?(\p{Lu}|\d)|^[Cc]opyright\b(?=.*\b(19|20)\d\d\b)/u,
    maxWords: 40,
  },
  {
    reason: 'subscription or newsletter pitch',
    test: /\b(subscribe|subscription|sign up|newsletter|inbox|stay informed|news alerts|breaking news emails|delivered (to|through) your)\b/i,
    maxWords: 30,
  },
  { reason: 'share or follow prompt', test: /^(share|follow us|like us|tweet|email)( this| on|\b)/i, maxWords: 12 },
  {
    reason: 'share or follow prompt',
    test: new RegExp(
      `\\b(follow|like|join|find) (us|him|her|them|@?\\w+) (on|at) ${SOCIAL}|\\bshare (it|this)\\b|\\bfollow @\\w+`,
      'i',
    ),
    maxWords: 30,
  },
  {
    reason: 'contact line',
    // An address starts where a run of its characters starts: tried from inside a long run (a
    // 2 MB line without a space), the pattern would rescan the run from every position.
    test: /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|^(write to|reach|contact) (us|me|our|the (newsroom|editors?|desk|reporters?|author))\b.{0,60}\b(at|on)\b/i,
    maxWords: 30,
  },
  {
    reason: 'read-more link',
    test: /^(read more|read next|related( (stories|articles|content|posts|links|coverage|reading|news|topics|videos))?\s*(:|$)|more:|see also|also on\b|also:|you may also like|more from|don't miss|watch:|listen:|recommended)/i,
    maxWords: 25,
  },
  {
    reason: 'editorial policy link',
    test: /\b(editorial (charter|policy|standards)|terms of (use|service)|privacy policy)\b/i,
    maxWords: 30,
  },
  {
    reason: 'photo credit',
    test: /\((photo|image|picture)?\s*credits?:[^)]*\)$|^\(?(photo|image|picture|credit|source)s?( credit)?\s*(:|\/|by\b)|^(photo|image|picture) copyright\b|^(image|photo|picture|slide) \d+ of \/? ?\d+$|^\d+ of \d+$|^(caption|close|enlarge)$/i,
    maxWords: 20,
  },
  {
    reason: 'comment prompt',
    test: /\b(leave a comment|join the conversation|comments? (are|is) closed|tell us what you think)\b|^\d* ?comments?$/i,
    maxWords: 20,
  },
  {
    reason: 'advertisement label',
    test: /^(advert|advertisement|sponsored( content)?|ad|story continues below( advertisement)?)$/i,
    maxWords: 4,
  },
  { reason: 'credit line', test: /^(additional )?reporting by\b|^(editing|edited|compiled) by\b/i, maxWords: 20 },
  {
    reason: 'cookie notice',
    test: /\b(we|this (site|website)) uses? cookies\b|\bcookies?\b.{0,80}\b(consent|accept|agree|policy|settings)\b/i,
    maxWords: 60,
  },
  {
    // A site's or a column's tagline above or below the story ("Start your day with the Opening
    // Bell powered by The Water Coolest"), never a sentence of the story.
    reason: 'site tagline',
    test: /^(start|begin|kick off) your (day|morning|week|weekend)\b|^(brought to you|presented|powered|sponsored) by\b|\bis brought to you by\b/i,
    maxWords: 40,
  },
  {
    // Affiliate and sponsorship disclosures ("We may earn a commission when you buy through links").
    reason: 'disclosure',
    test: /\b(affiliate (links?|commissions?|partnerships?)|(we|site|may) (may )?(earn|receive|get) (a )?(small )?(share of sales|commission|compensation)|(earns?|receives?) (an? )?(affiliate )?commission|paid (partnership|promotion)|this (post|article|story|content) (contains|includes|may contain) (affiliate|sponsored|paid))\b|^(ad |advertising |affiliate )?(disclosure|disclaimer)\s*:/i,
    maxWords: 60,
  },
  {
    // Notices about the comments below the story ("Comments are moderated", "view our … thread here").
    reason: 'comment notice',
    test: /\b(comments? (are|is|will be) (moderated|closed|open|reviewed|welcome)|comment moderation|(community|commenting|comment) (guidelines|standards|policy|rules)|house rules|before (commenting|you comment|posting a comment)|view (our|the) .{0,60}\bthread\b|(join|start) the (discussion|debate)( below)?|comments? (section|thread) below)\b/i,
    maxWords: 60,
  },
  // The pattern allows no space; a URL's words are its path segments ("news", "article", "tram-123"...).
  { reason: 'bare link', test: /^https?:\/\/\S+$/i, maxWords: 40 },
  { reason: 'byline', test: /^by\b[^.!?]*$/i, maxWords: 6 },
  { reason: 'loading placeholder', test: /^(loading|please wait)\b[\s\p{L}]{0,12}[.…]*$/iu, maxWords: 3 },
];

/** No rule matches a block of more words than this. */
const MAX_RULE_WORDS = Math.max(...BOILERPLATE_RULES.map((r) => r.maxWords));

/** The reason a block is boilerplate, or null when it reads as article text. */
export function boilerplateReason(text: string): string | null {
  const words = countWords(text, MAX_RULE_WORDS);
  for (const rule of BOILERPLATE_RULES) {
    if (words <= rule.maxWords && rule.test.test(text)) return rule.reason;
  }
  return null;
}
