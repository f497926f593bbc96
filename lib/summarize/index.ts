import type { KeySentence, Sentence } from '../types';
import { neverPickReason } from './filters';
import { contentWords } from './words';

export interface RankOptions {
  /** The headline, whose words count as the article's topic. */
  title?: string;
  /** How many sentences to rank (the greedy order is cut there). */
  limit: number;
}

const MIN_WORDS = 5;
const MAX_WORDS = 70;
/** How much a sentence overlapping an already chosen one loses (0–1 of its score). */
const REDUNDANCY = 0.7;

interface Candidate {
  sentence: Sentence;
  words: Set<string>;
  score: number;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Scores every sentence by how central its words are to the article (frequency of its content
 * words across the article), how much it shares with the headline, and where it stands (news
 * puts the gist first), then picks greedily, discounting sentences that repeat one already
 * chosen. Returns the picks best first; the first N in article order are the N-sentence digest.
 */
export function rankSentences(sentences: readonly Sentence[], options: RankOptions): KeySentence[] {
  const frequency = new Map<string, number>();
  const tokenized = sentences.map((s) => contentWords(s.text));
  for (const words of tokenized) for (const w of new Set(words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const titleWords = new Set(contentWords(options.title ?? ''));

  const candidates: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const words = tokenized[i] ?? [];
    const length = sentence.text.split(/\s+/).length;
    if (length < MIN_WORDS || length > MAX_WORDS || neverPickReason(sentence.text)) return;
    const unique = new Set(words);
    if (unique.size === 0) return;
    let centrality = 0;
    let inTitle = 0;
    for (const w of unique) {
      centrality += Math.log1p((frequency.get(w) ?? 1) - 1);
      if (titleWords.has(w)) inTitle++;
    }
    centrality /= Math.sqrt(unique.size) + 2;
    const position = 1 / Math.sqrt(1 + i);
    const title = titleWords.size ? inTitle / titleWords.size : 0;
    candidates.push({ sentence, words: unique, score: centrality + 1.5 * position + title });
  });

  const picked: Candidate[] = [];
  const remaining = [...candidates];
  while (picked.length < options.limit && remaining.length > 0) {
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    remaining.forEach((c, i) => {
      const overlap = picked.reduce((max, p) => Math.max(max, jaccard(c.words, p.words)), 0);
      const adjusted = c.score * (1 - REDUNDANCY * overlap);
      if (
        adjusted > bestScore ||
        (adjusted === bestScore && c.sentence.index < (remaining[best]?.sentence.index ?? 0))
      ) {
        bestScore = adjusted;
        best = i;
      }
    });
    const [choice] = remaining.splice(best, 1);
    if (choice) picked.push(choice);
  }
  return picked.map((c) => ({ text: c.sentence.text, index: c.sentence.index }));
}

/** The first `n` ranked sentences, back in article order: the digest's key sentences. */
export function keySentences(ranked: readonly KeySentence[], n: number): KeySentence[] {
  return ranked.slice(0, Math.max(0, n)).sort((a, b) => a.index - b.index);
}
