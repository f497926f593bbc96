/**
 * TextRank (Mihalcea & Tarau 2004) as a baseline for eval:summary: sentences are nodes, edges
 * weigh shared words normalised by sentence lengths, PageRank (d = 0.85) orders them; the top
 * N are returned in article order.
 */
const DAMPING = 0.85;
const ITERATIONS = 50;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function textRank(sentences: readonly string[], n: number): string[] {
  const sets = sentences.map((s) => new Set(words(s)));
  const size = sets.length;
  const weights: number[][] = sets.map(() => new Array<number>(size).fill(0));
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const a = sets[i] ?? new Set<string>();
      const b = sets[j] ?? new Set<string>();
      if (a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const w = shared / (Math.log(a.size) + Math.log(b.size));
      (weights[i] as number[])[j] = w;
      (weights[j] as number[])[i] = w;
    }
  }
  const outWeight = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = new Array<number>(size).fill(1);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    rank = rank.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < size; j++) {
        const w = weights[j]?.[i] ?? 0;
        if (w > 0) sum += (w / (outWeight[j] ?? 1)) * (rank[j] ?? 0);
      }
      return 1 - DAMPING + DAMPING * sum;
    });
  }
  return rank
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, n)
    .sort((a, b) => a.index - b.index)
    .map((s) => sentences[s.index] ?? '');
}
