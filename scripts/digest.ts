/**
 * The Newsgist CLI: the same pipeline as the extension, in a terminal.
 *   npm run digest -- [FILE | -] [--sentences N] [--json | --markdown]
 *   npm run --silent digest -- --jsonl [--sentences N]   (batch contract of ../shared/EVAL.md)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { digestDocument, digestText } from '../lib/digest';
import { formatDigest } from '../lib/format';
import { keySentences } from '../lib/select';
import type { DigestResult } from '../lib/types';
import { parseDocument } from './node-dom';

const DEMO = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'tests',
  'fixtures',
  'seed-blinken-china',
  'source.html',
);
const USAGE = `Usage: npm run digest -- [FILE | -] [--sentences N] [--json | --markdown]
       npm run --silent digest -- --jsonl [--sentences N] < batch.jsonl

FILE is a saved web page (.html) or plain article text (.txt); "-" reads stdin.
Without FILE, prints the digest of the bundled demo page.`;

class UsageError extends Error {}

interface Args {
  file: string | null;
  sentences: number;
  mode: 'text' | 'json' | 'markdown' | 'jsonl';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: null, sentences: 3, mode: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--sentences' || a === '-n') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100)
        throw new UsageError('--sentences takes a whole number from 1 to 100.');
      args.sentences = n;
    } else if (a === '--json') args.mode = 'json';
    else if (a === '--markdown' || a === '--md') args.mode = 'markdown';
    else if (a === '--jsonl') args.mode = 'jsonl';
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else if (args.file === null) args.file = a;
    else throw new UsageError('Give one FILE at most.');
  }
  return args;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text) || /<(p|div|article)[\s>]/i.test(text.slice(0, 5000))
  );
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

function run(
  content: string,
  sentences: number,
  opts: { html: boolean; url?: string | null; title?: string | null },
): DigestResult {
  const options = { maxSentences: Math.max(sentences, 10), url: opts.url ?? null, title: opts.title ?? null };
  return opts.html ? digestDocument(parseDocument(content), options) : digestText(content, options);
}

function batchLine(line: string, sentences: number): object {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: 'This line is not valid JSON.' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { id: null, error: 'Each line must be a JSON object.' };
  const item = input as Record<string, unknown>;
  const id = typeof item.id === 'string' ? item.id : null;
  if (id === null) return { id: null, error: 'The line has no string "id".' };
  const html = typeof item.html === 'string' ? item.html : null;
  const text = typeof item.text === 'string' ? item.text : null;
  if (html === null && text === null) return { id, error: 'The line has neither "text" nor "html" as a string.' };
  const url = typeof item.url === 'string' ? item.url : null;
  const title = typeof item.title === 'string' ? item.title : null;
  try {
    const result = run(html ?? text ?? '', sentences, { html: html !== null, url, title });
    if (!result.ok) return { id, error: result.error.message };
    const d = result.digest;
    return {
      id,
      title: d.title,
      sentences: keySentences(d.ranked, sentences).map((s) => s.text),
      officials: d.people.map((p) => ({
        name: p.name,
        role: p.role,
        official: p.official,
        aliases: p.aliases,
        mentions: p.mentions,
      })),
      text: result.article.blocks.map((b) => b.text).join('\n'),
    };
  } catch (err) {
    return { id, error: `Could not digest this item: ${(err as Error).message}` };
  }
}

async function runBatch(sentences: number): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(batchLine(line, sentences))}\n`);
  }
}

function readInput(file: string | null): { content: string; name: string } {
  const path = file === null ? DEMO : file === '-' ? 0 : file;
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new UsageError(`Cannot read ${file ?? DEMO}: ${reason}.`);
  }
  if (isBinary(buf)) throw new UsageError(`${file} is not text (it looks like a binary file).`);
  return { content: buf.toString('utf8'), name: file === null ? DEMO : file === '-' ? 'stdin' : file };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.mode === 'jsonl') {
    await runBatch(args.sentences);
    return 0;
  }
  const { content, name } = readInput(args.file);
  if (!content.trim()) throw new UsageError(`${name} is empty: there is nothing to summarize.`);
  const html = /\.x?html?$/i.test(name) || looksLikeHtml(content);
  const result = run(content, args.sentences, { html });
  if (!result.ok) {
    process.stderr.write(`newsgist: ${result.error.message}\n`);
    return 1;
  }
  const d = result.digest;
  if (args.mode === 'json') {
    process.stdout.write(
      `${JSON.stringify({ ...d, sentences: keySentences(d.ranked, args.sentences).map((s) => s.text) }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${formatDigest(d, args.sentences, args.mode === 'markdown' ? 'markdown' : 'text')}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `newsgist: ${err instanceof UsageError ? err.message : `unexpected error: ${(err as Error).stack}`}\n`,
    );
    if (err instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = 2;
  },
);
