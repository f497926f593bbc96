import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
const scratch = mkdtempSync(join(tmpdir(), 'newsgist-cli-'));

/** Runs the CLI as a reader would (tsx), feeding `input` on stdin. */
function cli(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'cli', 'digest.ts'), ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE = [
  'Talks resume in Geneva',
  'Negotiators from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said, after a pause of almost three months.',
  'Officials said the first session would focus on trade rules and on the exchange of prisoners between the two sides.',
  'Ms Lopez told reporters the mood was constructive and that both sides had agreed to keep the details private for now.',
].join('\n\n');

/** A short story in Japanese, written for this test. */
const JAPANESE = [
  'ジュネーブで協議再開',
  '両国の代表団は月曜日、約三か月ぶりにジュネーブに戻り、協議を再開した。外務省によると、最初の会合では貿易の規則と捕虜の交換が話し合われる。',
  '代表団の一人は、雰囲気は建設的だったと記者団に語った。双方は当面、詳細を公表しないことで合意した。',
].join('\n\n');

describe('the CLI on a file', () => {
  it('prints the digest of a text file and exits 0', async () => {
    const r = await cli([file('story.txt', ARTICLE), '--sentences', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Talks resume in Geneva');
    expect(r.stdout.match(/^• /gm)?.length).toBeGreaterThanOrEqual(2);
  });

  it('says the language it read and what it got, on stderr', async () => {
    const english = await cli([file('story-en.txt', ARTICLE)]);
    expect(english.stderr).toContain(
      'newsgist: Read as English (detected from the text): key sentences, named officials, reading time in words.',
    );
    const japanese = await cli([file('story-ja.txt', JAPANESE)]);
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toMatch(/^• .+。$/m);
    expect(japanese.stderr).toContain(
      'newsgist: Read as Japanese (detected from the text): key sentences, reading time in characters. People are recognised in English articles.',
    );
  });

  it.concurrent.each([
    ['a missing file', () => [join(scratch, 'missing.txt')], 2, /Cannot read .*missing\.txt: no such file/],
    [
      'a folder',
      () => [mkdirSync(join(scratch, 'folder'), { recursive: true }) ?? join(scratch, 'folder')],
      2,
      /it is a folder/,
    ],
    [
      'binary input',
      () => [file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]))],
      1,
      /not text/,
    ],
    [
      'random bytes without NUL',
      () => [file('noise.bin', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37 + 1) % 32 || 1)))],
      1,
      /not text/,
    ],
    ['an empty file', () => [file('empty.txt', '')], 1, /empty/],
    ['a file of blank lines', () => [file('blank.txt', '\n \n\t\n')], 1, /empty/],
    ['a page without an article', () => [join(HOSTILE, 'video.html')], 1, /video/],
    ['a frameset', () => [join(HOSTILE, 'frameset.html')], 1, /frameset/],
    ['an unknown option', () => ['--bogus'], 2, /Unknown option --bogus/],
    ['--sentences without a number', () => ['--sentences'], 2, /whole number from 1 to 100 \(got nothing\)/],
    ['--sentences 0', () => ['--sentences', '0'], 2, /got "0"/],
    ['--sentences 1.5', () => ['--sentences=1.5'], 2, /got "1.5"/],
    ['--sentences 101', () => ['-n', '101'], 2, /got "101"/],
    ['two output formats', () => ['--json', '--markdown'], 2, /Choose one output format/],
    ['two files', () => ['a.txt', 'b.txt'], 2, /one FILE at most/],
    ['--jsonl with a file name', () => ['--jsonl', 'batch.jsonl'], 2, /--jsonl reads stdin/],
  ])('%s: a clear message on stderr, nothing on stdout, a non-zero exit', async (_, args, code, message) => {
    const r = await cli(args());
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(code);
  });

  it('reads empty stdin as empty input', async () => {
    const r = await cli(['-'], '');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin is empty/);
  });

  it('reads a UTF-16 file with a byte-order mark', async () => {
    const r = await cli([
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Maria Lopez');
  });

  it('says on stderr when a huge article was truncated, and still prints the digest', async () => {
    const sentence = 'Officials in Geneva said on Monday that the talks would resume next week. ';
    const r = await cli([file('huge.txt', sentence.repeat(12_000))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: A very long page: this digest is built on its first 60,000 of 156,000 words.');
    expect(r.stdout).toContain('• Officials in Geneva said');
  });

  it('never prints a javascript: or data: link, in any format (issue 17)', async () => {
    const page = join(HOSTILE, 'link-schemes.html');
    for (const format of ['--markdown', '--json', '--md']) {
      const r = await cli([page, format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Council approves the new bridge');
      expect(r.stdout).not.toMatch(/javascript:|data:/i);
    }
  });

  it('refuses a file one byte over the limit with its exact size, without reading it', async () => {
    const path = file('over.html', '');
    truncateSync(path, 50 * 1024 * 1024 + 1);
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'is too large: 52,428,801 bytes (50.00 MiB), 1 byte over the limit: Newsgist reads up to 52,428,800 bytes (50.00 MiB).',
    );
  });

  it('prints the digest as JSON with the key sentences in article order', async () => {
    const r = await cli([file('story2.txt', ARTICLE), '--json', '-n', '2']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.sentences).toHaveLength(2);
    for (const s of out.sentences) expect(ARTICLE).toContain(s);
  });
});

describe('the CLI batch contract (--jsonl)', () => {
  const good = (id: string) => JSON.stringify({ id, text: ARTICLE.split('\n\n').slice(1).join('\n\n') });
  const lines: [string, RegExp | null][] = [
    [good('first'), null],
    ['not json at all', /not valid JSON/],
    ['', /line is empty/],
    ['[1, 2, 3]', /must be a JSON object/],
    ['"a string"', /must be a JSON object/],
    ['null', /must be a JSON object/],
    [JSON.stringify({ text: 'no id here' }), /no "id"/],
    [JSON.stringify({ id: 7, text: 'numeric id' }), /"id" must be a string/],
    [JSON.stringify({ id: 'no-body' }), /neither "text" nor "html"/],
    [JSON.stringify({ id: 'bad-text', text: 42 }), /"text" must be a string/],
    [JSON.stringify({ id: 'bad-title', text: 'x', title: ['a'] }), /"title" must be a string/],
    [JSON.stringify({ id: 'empty-text', text: '' }), /empty/],
    [JSON.stringify({ id: 'invisible', text: '\u200b\u0000\u202e' }), /empty/],
    [JSON.stringify({ id: 'empty-page', html: '<html><body></body></html>' }), /no text/],
    [JSON.stringify({ id: 'frames', html: '<frameset><frame src="a.html"></frameset>' }), /frameset/],
    [
      JSON.stringify({
        id: 'html',
        html: `<html><body><article>${ARTICLE.split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('')}</article></body></html>`,
        url: 'https://news.example/a',
      }),
      null,
    ],
    [good('last'), null],
  ];

  it('answers every line in order, with {id, error} for bad lines, and only JSON lines on stdout', async () => {
    const r = await cli(['--jsonl', '--sentences', '2'], `${lines.map(([l]) => l).join('\n')}\n`);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lines.length);
    out.forEach((line, i) => {
      const row = JSON.parse(line);
      const error = lines[i]?.[1];
      if (error) {
        expect(Object.keys(row).sort()).toEqual(['error', 'id']);
        expect(row.error).toMatch(error);
      } else {
        expect(Object.keys(row).sort()).toEqual(['id', 'officials', 'sentences', 'text', 'title']);
        expect(row.sentences).toHaveLength(2);
        for (const s of row.sentences) expect(row.text).toContain(s);
        for (const p of row.officials)
          expect(Object.keys(p).sort()).toEqual(['aliases', 'mentions', 'name', 'official', 'role']);
      }
    });
    expect(out.map((l) => JSON.parse(l).id)).toEqual([
      'first',
      null,
      null,
      null,
      null,
      null,
      null,
      7,
      'no-body',
      'bad-text',
      'bad-title',
      'empty-text',
      'invisible',
      'empty-page',
      'frames',
      'html',
      'last',
    ]);
  });

  it('fails the run on empty stdin, with a message on stderr and nothing on stdout', async () => {
    const r = await cli(['--jsonl'], '');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/read no lines/);
  });

  it('reads Windows line ends', async () => {
    const r = await cli(['--jsonl'], `${good('a')}\r\n${good('b')}\r\n`);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['a', 'b']);
  });
});
