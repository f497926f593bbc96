/**
 * Named-officials evaluation (metric of ../shared/EVAL.md), Newsgist beside compromise's `.people()`.
 *   npm run eval:officials -- LABELS.jsonl [MORE.jsonl...] [--pages DIR] [--bench CORPUS.jsonl] [--verbose] [--preds OUT.jsonl]
 * LABELS lines: {"id", "people": [...], "text"} — `text` is the article, digested as the CLI's
 * --jsonl text mode does (digestText). Lines without `text` name a page of the extraction corpus
 * DIR (../shared/corpus/extraction-dev, its index.json): the page's html goes through the CLI's
 * `--jsonl` html mode (a child `digest --jsonl` process, as `npm run digest` runs it) and compromise
 * reads the body text that run extracted. --bench times the whole digest and the officials stage on
 * every story of a corpus file (`article` or `text` field). --preds writes Newsgist's predictions
 * as {"id","people":[{"name","role"}]} for the reference scorer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { digestText } from '../../lib/digest';
import { articleFromText } from '../../lib/extract/text';
import { findPeople } from '../../lib/officials';
import { segment } from '../../lib/segment';
import { commandLine, UsageError } from '../shared/args';
import { readPages } from '../shared/corpus';
import { type BatchRow, digestBatch } from '../shared/digest-batch';
import { median, p95, printTable } from '../shared/stats';
import { type GoldArticle, type PredictedPerson, type Score, score } from './officials-score';

type System = (text: string) => PredictedPerson[];

/** The html of each labelled page, from the extraction corpus DIR. */
function pagesOf(dir: string, ids: readonly string[]): { id: string; url: string; html: string }[] {
  const byId = new Map(readPages(dir).map((page) => [page.id, page]));
  return ids.map((id) => {
    const page = byId.get(id);
    if (!page) throw new Error(`${dir}/index.json has no page "${id}"`);
    return { id, url: page.url, html: page.html };
  });
}

const newsgist: System = (text) => {
  const result = digestText(text, { maxSentences: 10 });
  return result.ok ? result.digest.people.map((p) => ({ name: p.name, role: p.role })) : [];
};

/** compromise's own people finder, merged by exact text, no roles (the baseline of EVAL.md). */
const compromisePeople: System = (text) => {
  const seen = new Set<string>();
  for (const raw of nlp(text).people().out('array') as string[]) seen.add(raw.replace(/[\s.,;:!?]+$/, ''));
  return [...seen].map((name) => ({ name, role: null }));
};

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const pct = (x: number) => (100 * x).toFixed(1);

function row(label: string, s: Score): string[] {
  return [
    label,
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    `${pct(s.roleAccuracy)} (${s.rolesRight}/${s.rolesScored})`,
    String(s.mergeErrors),
    `${s.matched}/${s.gold} matched, ${s.predicted} entries`,
  ];
}

function details(s: Score): void {
  for (const r of s.reports) {
    if (!r.missed.length && !r.spurious.length && !r.merged.length && !r.wrongRoles.length) continue;
    console.log(`  [${r.id.slice(0, 10)}]`);
    if (r.missed.length) console.log(`    missed:   ${r.missed.join(' | ')}`);
    if (r.spurious.length) console.log(`    spurious: ${r.spurious.join(' | ')}`);
    for (const m of r.merged) console.log(`    merge:    ${m.gold} <- ${m.predicted.join(' + ')}`);
    for (const w of r.wrongRoles)
      console.log(`    role:     ${w.name}: gold "${w.gold}" got ${JSON.stringify(w.predicted)}`);
  }
}

const PASSES = 3;

/** Per story: the median over PASSES runs of wall-clock and of CPU time (CPU time is steadier on a loaded machine). */
function timeEach(texts: readonly string[], run: (text: string) => unknown): string {
  for (const t of texts) run(t); // warm-up pass
  const wall: number[][] = texts.map(() => []);
  const cpu: number[][] = texts.map(() => []);
  for (let pass = 0; pass < PASSES; pass++) {
    texts.forEach((t, i) => {
      const c = process.cpuUsage();
      const start = performance.now();
      run(t);
      wall[i]?.push(performance.now() - start);
      const used = process.cpuUsage(c);
      cpu[i]?.push((used.user + used.system) / 1000);
    });
  }
  const summary = (runs: number[][]) => {
    const per = runs.map(median);
    return `median ${median(per).toFixed(2)} ms, p95 ${p95(per).toFixed(2)} ms`;
  };
  return `wall ${summary(wall)} | cpu ${summary(cpu)}`;
}

function bench(texts: readonly string[], label: string): void {
  const sentences = new Map(texts.map((t) => [t, segment(articleFromText(t).blocks)]));
  console.log(`\nSpeed over ${texts.length} stories (${label}), per story, median of ${PASSES} runs each:`);
  console.log(`  whole digest (digestText)     ${timeEach(texts, (t) => digestText(t, { maxSentences: 10 }))}`);
  console.log(`  officials only (findPeople)   ${timeEach(texts, (t) => findPeople(sentences.get(t) ?? []))}`);
  console.log(`  compromise nlp(text).people() ${timeEach(texts, (t) => nlp(t).people().out('array'))}`);
}

const USAGE =
  'Usage: npm run eval:officials -- LABELS.jsonl [MORE.jsonl...] [--pages DIR] [--bench CORPUS.jsonl] [--verbose] [--preds OUT.jsonl]';

async function main(): Promise<void> {
  const { values, positionals: files } = commandLine(
    USAGE,
    {
      bench: { type: 'string' },
      preds: { type: 'string' },
      pages: { type: 'string' },
      verbose: { type: 'boolean' },
    },
    (parsed) => {
      if (!parsed.positionals.length) throw new UsageError('Give one LABELS.jsonl file or more.');
      return parsed;
    },
    { bench: 'a CORPUS.jsonl file', preds: 'an OUT.jsonl file', pages: 'the extraction corpus folder' },
  );
  const { bench: benchPath, preds: predsPath, pages: pagesDir, verbose } = values;
  const predLines: string[] = [];
  for (const file of files) {
    const gold = readJsonl<GoldArticle>(file);
    const pageIds = gold.filter((g) => typeof g.text !== 'string').map((g) => g.id);
    if (pageIds.length && !pagesDir)
      throw new Error(`${file}: no "text" for ${pageIds.join(', ')} (pages need --pages DIR, the extraction corpus)`);
    const cli =
      pageIds.length && pagesDir ? await digestBatch(pagesOf(pagesDir, pageIds)) : new Map<string, BatchRow>();
    const failed = [...cli.values()].filter((r) => r.error);
    for (const r of failed) console.log(`  ${r.id}: digest error: ${r.error}`);
    const ours = new Map(
      gold.map((g) => {
        const people = typeof g.text === 'string' ? newsgist(g.text) : (cli.get(g.id)?.officials ?? []);
        return [g.id, people.map((p) => ({ name: p.name, role: p.role }))];
      }),
    );
    const theirs = new Map(
      gold.map((g) => [g.id, compromisePeople(typeof g.text === 'string' ? g.text : (cli.get(g.id)?.text ?? ''))]),
    );
    for (const [id, people] of ours) predLines.push(JSON.stringify({ id, people }));
    const a = score(gold, ours);
    const b = score(gold, theirs);
    const mode = pageIds.length ? ', html through `digest --jsonl`' : '';
    printTable(
      `${file}: ${gold.length} articles${mode}, ${a.gold} gold people`,
      ['system', 'P', 'R', 'F1', 'role accuracy', 'merge errors', 'people'],
      [row('Newsgist', a), row('compromise', b)],
    );
    if (verbose) details(a);
  }
  if (predsPath) writeFileSync(predsPath, `${predLines.join('\n')}\n`);
  if (benchPath) {
    const rows = readJsonl<{ article?: string; text?: string }>(benchPath);
    bench(
      rows.map((r) => r.article ?? r.text ?? ''),
      benchPath,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
