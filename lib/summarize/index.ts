import type { KeySentence, Sentence } from '../types';
import { type SentenceFeatures, sentenceFeatures } from './features';
import { DEFAULT_WEIGHTS, type RankWeights } from './weights';

export type { RankWeights } from './weights';

export interface RankOptions {
  /** The headline, whose words count as the article's topic. */
  title?: string;
  /** How many sentences to rank (the greedy order is cut there). */
  limit: number;
  /** Overrides of the tuned weights (for the tuning script; the app uses the defaults). */
  weights?: Partial<RankWeights>;
  /** The article's language code (lib/language.ts); English when absent. */
  lang?: string;
}

/** Shorter sentences are fragments (captions, "By ."); longer ones are run-ons or lists. */
const MIN_WORDS = 5;
const MAX_WORDS = 70;
/**
 * Centrality is scaled by the article's most central sentence, but by no less than this: a news
 * story's most central sentence reaches about 1 (0.94 at the 5th percentile of the tuning half
 * of the CNN dev stories), while in a text of three or four sentences one word said twice reaches
 * 0.1–0.2 and, scaled to 1, would outweigh everything but position. Such chance repeats depend on
 * wording (a translation repeats other words), not on what the text is about.
 */
const CENTRALITY_SCALE = 1;
/**
 * Words of a language per English word, where a language's own words are much longer or shorter
 * than English's. A Korean word (what stands between spaces) is a noun with its particles or a
 * verb with its endings (서울에서 "in Seoul", 말했다고 "that he said"): a Korean translation
 * counts about two thirds as many words as the English text (0.695 in the even-numbered parallel
 * documents of UD PUD; 0.68, where its key sentences best match the English ones there), and its
 * ideal length is as many fewer words.
 */
const WORDS_PER_ENGLISH_WORD: ReadonlyMap<string, number> = new Map([['ko', 0.68]]);
/** A sentence this close (cosine of content words) to a pick says the same thing: it is skipped. */
const DUPLICATE = 0.6;
/** Picks from this place on (0-based) are held to a stricter length (RankWeights.lateLength). */
const LATE_PICK = 3;

interface Candidate {
  f: SentenceFeatures;
  /** Score before redundancy: higher is better. */
  score: number;
  /**
   * Phrase centrality (0–1) times the share of the sentence that is reported (0 in the first
   * person, less inside quotation marks); counts for the first pick only (RankWeights.firstPhrase).
   */
  phrasal: number;
}

function cosine(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** Number of sentences each item (a content word, a phrase) appears in. */
function documentFrequency(sets: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/**
 * How central a sentence is: its content words (or two-word phrases) that recur across the
 * article (log of the number of sentences sharing each), damped by the square root of their
 * number so long sentences don't win by piling up words.
 */
export function centrality(items: Set<string>, df: Map<string, number>): number {
  let sum = 0;
  for (const w of items) sum += Math.log(df.get(w) ?? 1);
  return sum / (Math.sqrt(items.size) + 2);
}

function scoreCandidates(
  features: readonly SentenceFeatures[],
  title: string,
  w: RankWeights,
  lang: string,
): { candidates: Candidate[]; spare: Candidate[] } {
  const df = documentFrequency(features.map((f) => f.words));
  const phraseDf = documentFrequency(features.map((f) => f.phrases));
  const usable = features.filter((f) => f.never === null && f.words.size > 0);
  const inRange = usable.filter((f) => f.length >= MIN_WORDS && f.length <= MAX_WORDS);
  // The topic: the headline's words, and those of the first usable sentence (news puts the gist first).
  const topic = new Set(sentenceFeatures({ text: title, index: -1, block: -1 }, lang).words);
  for (const word of inRange[0]?.words ?? []) topic.add(word);
  const central = usable.map((f) => centrality(f.words, df));
  const maxCentral = Math.max(CENTRALITY_SCALE, ...central);
  const phrasal = usable.map((f) => centrality(f.phrases, phraseDf));
  const maxPhrasal = Math.max(1e-9, ...phrasal);
  // Position counts usable sentences only, so promos and credits above the lede don't push it down.
  const scored = usable.map((f, k) => {
    const position = (1 + k) ** -w.positionDecay;
    const lengthMiss = Math.abs(Math.log(Math.max(f.length, 1) / w.idealLength));
    const score =
      w.position * position +
      w.centrality * ((central[k] ?? 0) / maxCentral) +
      w.topic * cosine(f.words, topic) +
      w.specificity * f.specific -
      w.length * lengthMiss -
      w.quote * f.quoted -
      (f.attributed ? w.attribution : 0) -
      (f.personal ? w.personal : 0);
    // Only reported text earns it: a tweet or a quote that repeats the story's phrases ("Sharing
    // my letter on the sentencing of...") is not the sentence that tells the story.
    const reported = f.personal ? 0 : 1 - f.quoted;
    return { f, score, phrasal: (reported * (phrasal[k] ?? 0)) / maxPhrasal };
  });
  return {
    candidates: scored.filter((c) => c.f.length >= MIN_WORDS && c.f.length <= MAX_WORDS),
    spare: scored.filter((c) => c.f.length < MIN_WORDS || c.f.length > MAX_WORDS),
  };
}

/**
 * Picks greedily: best score less what it repeats of the picks (MMR). The first pick, alone in a
 * one-sentence digest, also earns its phrase centrality: the sentence that holds the article's
 * recurring phrases ("needle exchange", "Scott County") states its gist. A near-copy of a pick is
 * skipped, and so is a sentence that leans on its missing neighbour ("But he said..."). From the
 * fourth pick on, long sentences cost more: a long digest should grow by compact sentences.
 */
function pickGreedy(pool: Candidate[], limit: number, w: RankWeights, picked: Candidate[]): void {
  const remaining = [...pool];
  const pickedIndex = new Set(picked.map((c) => c.f.sentence.index));
  // Each candidate's largest overlap with the picks, and how many picks it has been compared with:
  // a new pick is compared once, not again at every later round.
  const overlaps = new Map<Candidate, { seen: number; max: number }>();
  while (picked.length < limit && remaining.length > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    remaining.forEach((c, k) => {
      const known = overlaps.get(c) ?? { seen: 0, max: 0 };
      for (; known.seen < picked.length; known.seen++) {
        known.max = Math.max(known.max, cosine(c.f.words, picked[known.seen]!.f.words));
      }
      overlaps.set(c, known);
      const overlap = known.max;
      if (overlap >= DUPLICATE) return;
      if (c.f.dangling && c.f.sentence.index > 0 && !pickedIndex.has(c.f.sentence.index - 1)) return;
      const late = picked.length >= LATE_PICK ? w.lateLength * Math.max(0, Math.log(c.f.length / w.idealLength)) : 0;
      const lead = picked.length === 0 ? w.firstPhrase * c.phrasal : 0;
      const adjusted = c.score + lead - w.redundancy * overlap - late;
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = k;
      }
    });
    if (best < 0) break;
    const [choice] = remaining.splice(best, 1);
    if (!choice) break;
    picked.push(choice);
    pickedIndex.add(choice.f.sentence.index);
  }
}

/**
 * Ranks key sentences best first. Each sentence gets a score from where it stands (news puts
 * the gist first), how central its words are to the article, how much it shares with the topic
 * (headline and lead), how many names and numbers it holds, how far its length is from a
 * digest-friendly one, and penalties for quotation, naming a source ("said") and speaking in the
 * first person. Then picks greedily: the first pick also scores on recurring two-word phrases,
 * later ones are discounted when they repeat a pick (MMR); near-copies are skipped, and so are
 * sentences that open with "He"/"But" while their previous sentence is not picked, and holding picks after the third to a compact length. Sentences that can never be key
 * (datelines, credits, questions to the reader...) are skipped. The first N of the result, put
 * back in article order by `keySentences` (lib/select.ts), are the N-sentence digest.
 */
export function rankSentences(sentences: readonly Sentence[], options: RankOptions): KeySentence[] {
  const lang = options.lang ?? 'en';
  const tuned: RankWeights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const weights: RankWeights = { ...tuned, idealLength: tuned.idealLength * (WORDS_PER_ENGLISH_WORD.get(lang) ?? 1) };
  const features = sentences.map((s) => sentenceFeatures(s, lang));
  const { candidates, spare } = scoreCandidates(features, options.title ?? '', weights, lang);
  const picked: Candidate[] = [];
  pickGreedy(candidates, options.limit, weights, picked);
  // Short articles: fall back on fragments and run-ons rather than show nothing.
  pickGreedy(spare, options.limit, weights, picked);
  return picked.map((c) => ({ text: c.f.sentence.text, index: c.f.sentence.index }));
}
