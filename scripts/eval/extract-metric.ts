/**
 * The Zyte article-extraction metric (../shared/EVAL.md §3): tokens are runs of letters, digits
 * and underscores (case kept); shingles are every 4 consecutive tokens (a 1–3 token text is one
 * shorter shingle); tp/fp/fn come from the shingle multisets.
 */

export interface PageScore {
  /** Null when the prediction is empty: such pages do not count in corpus precision. */
  precision: number | null;
  /** Null when the truth is empty: such pages do not count in corpus recall. */
  recall: number | null;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  const n = Math.min(4, tokens.length);
  if (n === 0) return counts;
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const c of counts.values()) sum += c;
  return sum;
}

export function scorePage(prediction: string, truth: string): PageScore {
  const pred = shingles(prediction);
  const gold = shingles(truth);
  let tp = 0;
  for (const [key, c] of pred) tp += Math.min(c, gold.get(key) ?? 0);
  const predTotal = total(pred);
  const goldTotal = total(gold);
  return {
    precision: predTotal === 0 ? null : tp / predTotal,
    recall: goldTotal === 0 ? null : tp / goldTotal,
  };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Corpus figures: precision averaged over non-empty predictions, recall over non-empty truths. */
export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
