/**
 * The Newsgist CLI: the same pipeline as the extension, in a terminal.
 *   npm run digest -- [FILE | -] [--sentences N] [--json | --markdown]
 *   npm run --silent digest -- --jsonl [--sentences N]   (batch contract of ../shared/EVAL.md)
 * Exit codes: 0 digest printed (or batch run), 1 no digest for this input, 2 wrong command line
 * or unreadable file.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { copyWords, languageReport, noticeText, reasonText } from '../../entrypoints/shared/wording';
import { digestDocument, digestText } from '../../lib/digest';
import { formatDigest } from '../../lib/format';
import { keySentences } from '../../lib/select';
import { CONTROL_CHARS } from '../../lib/text/chars';
import type { DigestResult } from '../../lib/types';
import { parseCommandLine, UsageError } from '../shared/args';
import { english } from '../shared/messages';
import { parseDocument } from './node-dom';

const DEMO = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'tests',
  'fixtures',
  'seed-blinken-china',
  'source.html',
);
const USAGE = `Usage: npm run digest -- [FILE | -] [--sentences N] [--json | --markdown]
       npm run --silent digest -- --jsonl [--sentences N] < batch.jsonl

FILE is a saved web page (.html) or plain article text (.txt); "-" reads stdin.
Without FILE, prints the digest of the bundled demo page.
--sentences N (1 to 100, default 3) key sentences; --jsonl reads JSON lines on stdin.
Exit codes: 0 done, 1 no digest for this input, 2 wrong command line or unreadable file.`;
/** Larger inputs are refused: the digest covers at most the first 60,000 words anyway. */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/**
 * HTML past this many characters is not parsed: the DOM of a 50 MB page would take 1.6 GB of
 * memory, and an article sits in the first megabytes of its page. A longer page is cut at the
 * last tag that starts before it (the parser closes what is left open), and the CLI says so.
 */
const MAX_PARSED_CHARS = 16_000_000;

const count = (n: number) => n.toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MiB`;

/** The part of a page that is parsed: all of it, or its first MAX_PARSED_CHARS cut at a tag. */
function parsedPart(html: string): string {
  if (html.length <= MAX_PARSED_CHARS) return html;
  const tag = html.lastIndexOf('<', MAX_PARSED_CHARS);
  return html.slice(0, tag > 0 ? tag : MAX_PARSED_CHARS);
}

/** The input was read but gives no digest: exit 1. */
class InputError extends Error {}

interface Args {
  file: string | null;
  sentences: number;
  mode: 'text' | 'json' | 'markdown' | 'jsonl';
}

const OPTIONS = {
  sentences: { type: 'string', short: 'n' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  md: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MODES: Record<string, Args['mode']> = { json: 'json', markdown: 'markdown', md: 'markdown', jsonl: 'jsonl' };
const SENTENCES = 'a whole number from 1 to 100';

function parseSentences(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 100)) throw new UsageError(`--sentences takes ${SENTENCES} (got ${JSON.stringify(value)}).`);
  return n;
}

function parseArgs(argv: string[]): Args {
  const { tokens, positionals } = parseCommandLine(argv, OPTIONS, { sentences: SENTENCES });
  const args: Args = { file: null, sentences: 3, mode: 'text' };
  let mode: string | null = null;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    // "-n=5" reads as "-n 5", as "--sentences=5" does.
    if (token.name === 'sentences') args.sentences = parseSentences((token.value ?? '').replace(/^=(?=.)/, ''));
    else if (token.name === 'help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (MODES[token.name]) {
      if (mode !== null && mode !== token.rawName)
        throw new UsageError(`Choose one output format: ${mode} or ${token.rawName}.`);
      mode = token.rawName;
      args.mode = MODES[token.name] ?? 'text';
    }
  }
  if (positionals.length > 1) throw new UsageError('Give one FILE at most.');
  args.file = positionals[0] ?? null;
  if (args.mode === 'jsonl' && args.file !== null && args.file !== '-')
    throw new UsageError('--jsonl reads stdin: use `< FILE` instead of naming the file.');
  return args;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text) || /<(p|div|article)[\s>]/i.test(text.slice(0, 5000))
  );
}

/** Decodes a file: UTF-16 when it starts with a byte-order mark, else UTF-8 (bad bytes become U+FFFD). */
function decode(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  return buf.toString('utf8');
}

/** Text has no NUL bytes, and few replacement or control characters, in its first 8,000 characters. */
function isBinary(text: string): boolean {
  const head = text.slice(0, 8000);
  if (head.includes('\u0000')) return true;
  const odd = (head.match(CONTROL_CHARS)?.length ?? 0) + (head.match(/\ufffd/g)?.length ?? 0);
  return odd > head.length * 0.1;
}

function run(
  content: string,
  sentences: number,
  opts: { html: boolean; url?: string | null; title?: string | null },
): DigestResult {
  const options = { maxSentences: Math.max(sentences, 10), url: opts.url ?? null, title: opts.title ?? null };
  // The parsed page is this run's own: extraction may work on it without a copy.
  return opts.html
    ? digestDocument(parseDocument(parsedPart(content)), { ...options, disposable: true })
    : digestText(content, options);
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** One line of the batch: the digest as the contract of EVAL.md says, or `{id, error}`. */
function batchLine(line: string, sentences: number): object {
  if (!line.trim()) return { id: null, error: 'The line is empty: each line must be a JSON object.' };
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `This line is not valid JSON (${reason(err)}).` };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { id: null, error: 'Each line must be a JSON object with "id" and "text" or "html".' };
  const item = input as Record<string, unknown>;
  if (typeof item.id !== 'string')
    return {
      id: typeof item.id === 'number' ? item.id : null,
      error: item.id === undefined ? 'The line has no "id".' : '"id" must be a string.',
    };
  const id = item.id;
  for (const key of ['text', 'html', 'title', 'url']) {
    if (item[key] !== undefined && item[key] !== null && typeof item[key] !== 'string')
      return { id, error: `"${key}" must be a string.` };
  }
  const html = typeof item.html === 'string' ? item.html : null;
  const text = typeof item.text === 'string' ? item.text : null;
  if (html === null && text === null) return { id, error: 'The line has neither "text" nor "html".' };
  const url = typeof item.url === 'string' ? item.url : null;
  const title = typeof item.title === 'string' ? item.title : null;
  try {
    const result = run(html ?? text ?? '', sentences, { html: html !== null, url, title });
    if (!result.ok) return { id, error: reasonText(result.error.reason, english) };
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
    return { id, error: `Could not digest this item: ${reason(err)}` };
  }
}

async function runBatch(sentences: number): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const line of lines) {
    count++;
    process.stdout.write(`${JSON.stringify(batchLine(line, sentences))}\n`);
  }
  if (count > 0) return 0;
  process.stderr.write('newsgist: --jsonl read no lines on stdin: nothing to digest.\n');
  return 1;
}

function tooLarge(name: string, bytes: number): InputError {
  const over = bytes - MAX_INPUT_BYTES;
  return new InputError(
    `${name} is too large: ${count(bytes)} bytes (${mib(bytes)}), ${count(over)} byte${over === 1 ? '' : 's'} over the limit: Newsgist reads up to ${count(MAX_INPUT_BYTES)} bytes (${mib(MAX_INPUT_BYTES)}).`,
  );
}

/** A file is sized before it is read: a huge one is refused without loading it. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function readInput(file: string | null): { content: string; name: string } {
  const path = file === null ? DEMO : file === '-' ? 0 : file;
  const name = file === null ? DEMO : file === '-' ? 'stdin' : file;
  let buf: Buffer;
  try {
    if (typeof path === 'string' && sizeOf(path) > MAX_INPUT_BYTES) throw tooLarge(name, sizeOf(path));
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : reason(err);
    throw new UsageError(`Cannot read ${name}: ${why}.`);
  }
  if (buf.length > MAX_INPUT_BYTES) throw tooLarge(name, buf.length);
  const content = decode(buf);
  if (isBinary(content)) throw new InputError(`${name} is not text (it looks like a binary file).`);
  if (!content.trim()) throw new InputError(`${name} is empty: there is nothing to summarize.`);
  return { content, name };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.mode === 'jsonl') return runBatch(args.sentences);
  const { content, name } = readInput(args.file);
  const html = /\.x?html?$/i.test(name) || looksLikeHtml(content);
  if (html && content.length > MAX_PARSED_CHARS)
    process.stderr.write(
      `newsgist: note: the page is ${count(content.length)} characters long: the digest is built on its first ${count(parsedPart(content).length)} characters.\n`,
    );
  let result: DigestResult;
  try {
    result = run(content, args.sentences, { html });
  } catch (err) {
    throw new InputError(`could not digest ${name}: ${reason(err)}`);
  }
  if (!result.ok) throw new InputError(reasonText(result.error.reason, english));
  const d = result.digest;
  // What the popup says, in the popup's English.
  for (const notice of d.notices) process.stderr.write(`newsgist: note: ${noticeText(notice, english)}\n`);
  const report = languageReport(d.language, english);
  process.stderr.write(`newsgist: ${report.line}${report.people ? ` ${report.people}` : ''}\n`);
  if (args.mode === 'json') {
    const json = {
      ...d,
      language: { ...d.language, report },
      sentences: keySentences(d.ranked, args.sentences).map((s) => s.text),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${formatDigest(d, args.sentences, args.mode === 'markdown' ? 'markdown' : 'text', copyWords(english))}\n`,
    );
  }
  return 0;
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`newsgist: ${err.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (err instanceof InputError) {
      process.stderr.write(`newsgist: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`newsgist: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
