/** Shared by eval:summary and tune-summary: the CNN story file, its fixed split, and means. */
import { readFileSync } from 'node:fs';

export interface Story {
  id: string;
  article: string;
  highlights: string;
}

export type Part = 'tune' | 'held-out';

export function readStories(file: string): Story[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Story);
}

/**
 * The part a story belongs to, from a hash of its id (FNV-1a, 32 bits): weights are chosen on
 * the tuning part only, and the held-out part shows whether the gain carries to unseen stories.
 */
export function partOf(id: string): Part {
  return fnv1a(id) % 2 === 0 ? 'tune' : 'held-out';
}

/**
 * The cross-validation fold (0..folds-1) of a tuning story, from the hash bits above the one
 * that chose its part, so folds split the tuning part evenly and never touch the held-out part.
 */
export function foldOf(id: string, folds: number): number {
  return (fnv1a(id) >>> 1) % folds;
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Mean and standard error of the mean. */
export function meanSe(values: readonly number[]): { mean: number; se: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(n - 1, 1);
  return { mean, se: Math.sqrt(variance / n) };
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}
