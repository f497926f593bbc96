/**
 * How the pipeline's cost grows with page size: median ms for a text article and a saved page
 * (linkedom parse, then digest) of 10 kB → 2 MB, beside Readability alone on the same page as the
 * baseline, plus the shapes built to be heavy (50,000 elements, deep nesting).
 *   npm run bench:scaling [-- --repeat 5]
 */
import os from 'node:os';
import { Readability } from '@mozilla/readability';
import { digestDocument, digestText } from '../lib/digest';
import { parseDocument } from './node-dom';

const SENTENCES = [
  'Negotiators from both delegations returned to Geneva on Monday, Foreign Minister Maria Lopez said.',
  'Officials said the first session would focus on trade rules and on the exchange of prisoners.',
  'Ms Lopez told reporters the mood was constructive and that both sides wanted progress.',
  'A second round of talks could follow in April if the first one goes well, diplomats said.',
];

/** An article of about `bytes` characters: paragraphs of varied sentences, numbered so they differ. */
function paragraphs(bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} Update number ${i} came in the ${i % 7}th hour.`;
    out.push(p);
    size += p.length + 9;
  }
  return out;
}

const page = (body: string) =>
  `<!doctype html><html><head><title>Talks resume in Geneva</title></head><body>${body}</body></html>`;

/**
 * Median CPU time of `run` in ms (user + system of this process): on a busy shared machine wall
 * time mostly measures the other processes, CPU time what the pipeline itself costs.
 */
function median(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = process.cpuUsage();
    run();
    const used = process.cpuUsage(t);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(`${what} gave no digest`);
}

const i = process.argv.indexOf('--repeat');
const repeat = i >= 0 ? Number(process.argv[i + 1]) : 5;
median(() => must(digestText(paragraphs(50_000).join('\n\n')).ok, 'warm-up'), 2);
median(
  () =>
    must(
      digestDocument(
        parseDocument(
          page(
            paragraphs(50_000)
              .map((p) => `<p>${p}</p>`)
              .join(''),
          ),
        ),
      ).ok,
      'warm-up',
    ),
  3,
);

console.log(
  `Median CPU time of ${repeat} runs, ms (ms per 100 kB in brackets); load average ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log('size      text digest      page parse      page digest     Readability alone (baseline)');
for (const kb of [10, 100, 1000, 2000]) {
  const paras = paragraphs(kb * 1000);
  const text = paras.join('\n\n');
  const html = page(`<article><h1>Talks resume</h1>${paras.map((p) => `<p>${p}</p>\n`).join('')}</article>`);
  const t = median(() => must(digestText(text).ok, 'text'), repeat);
  const parse = median(() => parseDocument(html), repeat);
  const doc = parseDocument(html);
  const d = median(() => must(digestDocument(doc).ok, 'page'), repeat);
  const r = median(() => new Readability(doc.cloneNode(true) as Document).parse(), repeat);
  const cell = (ms: number) => `${ms.toFixed(0)} (${((ms * 100) / kb).toFixed(1)})`.padEnd(16);
  console.log(`${`${kb} kB`.padEnd(10)}${cell(t)}${cell(parse)}${cell(d)}${cell(r)}`);
}

const heavy: [string, string][] = [
  [
    '50,000 elements (2.6 MB)',
    page(
      `<article>${Array.from({ length: 50_000 }, (_, k) => (k % 5 === 0 ? `<p>${SENTENCES[k % 4]}</p>` : `<span>w${k} </span>`)).join('')}</article>`,
    ),
  ],
  ['5,000 nested divs', page(`${'<div>'.repeat(5000)}<p>${SENTENCES.join(' ')}</p>${'</div>'.repeat(5000)}`)],
];
for (const [label, html] of heavy) {
  const parse = median(() => parseDocument(html), Math.min(repeat, 3));
  const doc = parseDocument(html);
  const d = median(() => must(digestDocument(doc).ok, label), Math.min(repeat, 3));
  console.log(
    `${label.padEnd(26)} parse ${parse.toFixed(0)} ms, digest ${d.toFixed(0)} ms, total ${(parse + d).toFixed(0)} ms`,
  );
}
