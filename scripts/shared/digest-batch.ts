/**
 * Runs items through the CLI's batch mode (`digest --jsonl`, the contract of ../shared/EVAL.md) in
 * one child process, as `npm run --silent digest -- --jsonl` would, and returns its output lines by id.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One output line of the batch: the fields the evaluations read. */
export interface BatchRow {
  id: string;
  title?: string;
  text?: string;
  officials?: { name: string; role: string | null }[];
  sentences?: string[];
  error?: string;
}

export function digestBatch(items: readonly { id: string; html?: string; text?: string; url?: string }[]) {
  return new Promise<Map<string, BatchRow>>((resolve, reject) => {
    const child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'scripts', 'cli', 'digest.ts'), '--jsonl'],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`digest --jsonl exited with code ${code}`));
      const rows = out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as BatchRow);
      resolve(new Map(rows.map((r) => [r.id, r])));
    });
    for (const item of items) child.stdin.write(`${JSON.stringify(item)}\n`);
    child.stdin.end();
  });
}
