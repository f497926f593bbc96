/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 with the semantics of Google's `rouge_score` (see
 * ../shared/EVAL.md): lower-case, every run outside [a-z0-9] becomes a space, Porter-stem
 * tokens longer than 3 characters; ROUGE-N is clipped n-gram overlap; ROUGE-Lsum is the
 * summary-level union LCS over sentences split on "\n".
 */
import { stemmer } from 'stemmer';

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeLsum: Prf;
}

const stems = new Map<string, string>();

function stemToken(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    s = stemmer(token);
    stems.set(token, s);
  }
  return s;
}

/** rouge_score's tokens: lower-cased [a-z0-9] runs, stemmed when longer than 3 characters. */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    const token = raw.length > 3 ? stemToken(raw) : raw;
    if (/^[a-z0-9]+$/.test(token)) out.push(token);
  }
  return out;
}

function prf(hits: number, candidate: number, reference: number): Prf {
  const p = candidate > 0 ? hits / candidate : 0;
  const r = reference > 0 ? hits / reference : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Prf {
  const ref = ngrams(reference, n);
  const cand = ngrams(candidate, n);
  let hits = 0;
  for (const [gram, count] of cand) hits += Math.min(count, ref.get(gram) ?? 0);
  return prf(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/**
 * Positions in `ref` of one longest common subsequence with `cand`, traced back from the end,
 * moving along `cand` only when that keeps a strictly longer LCS (rouge_score's tie-break).
 */
function lcsPositions(ref: readonly string[], cand: readonly string[]): number[] {
  const rows = ref.length;
  const cols = cand.length;
  if (rows === 0 || cols === 0) return [];
  const width = cols + 1;
  const table = new Uint16Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i * width + j] =
        ref[i - 1] === cand[j - 1]
          ? (table[(i - 1) * width + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * width + j] ?? 0, table[i * width + j - 1] ?? 0);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * width + j - 1] ?? 0) > (table[(i - 1) * width + j] ?? 0)) j--;
    else i--;
  }
  return out.reverse();
}

function countTokens(sentences: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Summary-level union LCS (Lin 2004, 3.2), each token counted while both sides still hold it. */
export function rougeLsum(reference: readonly string[][], candidate: readonly string[][]): Prf {
  const m = reference.reduce((sum, s) => sum + s.length, 0);
  const n = candidate.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { p: 0, r: 0, f: 0 };
  const refLeft = countTokens(reference);
  const candLeft = countTokens(candidate);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const i of lcsPositions(ref, cand)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i] ?? '';
      const c = candLeft.get(token) ?? 0;
      const r = refLeft.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candLeft.set(token, c - 1);
        refLeft.set(token, r - 1);
      }
    }
  }
  return prf(hits, n, m);
}

function lines(text: string): string[][] {
  return text
    .split('\n')
    .filter((s) => s.length > 0)
    .map(rougeTokens);
}

/** Scores a candidate against a reference, both with sentences separated by "\n". */
export function rouge(reference: string, candidate: string): RougeScores {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  return {
    rouge1: rougeN(ref, cand, 1),
    rouge2: rougeN(ref, cand, 2),
    rougeLsum: rougeLsum(lines(reference), lines(candidate)),
  };
}
