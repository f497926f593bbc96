/**
 * People in CoNLL-2003 news (../shared/EVAL.md §5): per document, the set of person names with
 * the aliases the document uses, scored with the officials metric (scripts/officials-score.ts).
 * Side by side in one run: the finder before the learned recogniser (lib/ at BASELINE, unpacked
 * from git into .cache/), compromise's `.people()`, and Newsgist now.
 *   npm run eval:people [-- --split eng.testa] [--verbose]
 * eng.testb is the untouched yardstick: this script refuses it unless --final is given, which
 * is meant to be run once, at the end, and reported as such.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { findPeople } from '../../lib/officials';
import type { Person, Sentence } from '../../lib/types';
import { type ConllDocument, goldPeople, ROOT, readConll, type Split } from '../shared/conll';
import { type GoldArticle, type PredictedPerson, type Score, score } from './officials-score';

/** The last commit whose finder decided "is this a person?" from capitalised runs. */
const BASELINE = '0452555';

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'eng.testa' },
    final: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const split = args.split as Split;
if (!['eng.train', 'eng.testa', 'eng.testb'].includes(split)) throw new Error(`unknown split ${split}`);
if (split === 'eng.testb' && !args.final) {
  console.error('eng.testb is the held-out yardstick: score it once, at the end, with --final.');
  process.exit(2);
}

type Finder = (sentences: readonly Sentence[]) => Person[];

/** lib/ as it was at BASELINE, unpacked once into .cache/ and imported from there. */
async function baselineFinder(): Promise<Finder> {
  const dir = join(ROOT, '.cache', `baseline-${BASELINE}`);
  if (!existsSync(join(dir, 'lib'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', BASELINE, 'lib'], { cwd: ROOT });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  const mod = (await import(pathToFileURL(join(dir, 'lib', 'officials', 'index.ts')).href)) as { findPeople: Finder };
  return mod.findPeople;
}

const sentencesOf = (doc: ConllDocument): Sentence[] =>
  doc.sentences.map((s, index) => ({ text: s.text, index, block: index }));

const asPredicted = (people: readonly Person[]): PredictedPerson[] => people.map((p) => ({ name: p.name, role: null }));

const compromisePeople = (doc: ConllDocument): PredictedPerson[] => {
  const seen = new Set<string>();
  const text = doc.sentences.map((s) => s.text).join('\n');
  for (const raw of nlp(text).people().out('array') as string[]) seen.add(raw.replace(/[\s.,;:!?]+$/, ''));
  return [...seen].map((name) => ({ name, role: null }));
};

/** Running prose, not a results table: most sentences end like sentences and are long enough. */
function isProse(doc: ConllDocument): boolean {
  const body = doc.sentences.slice(1);
  const prose = body.filter((s) => /[.!?"']$/.test(s.text) && s.text.split(' ').length >= 8);
  return body.length > 0 && prose.length / body.length >= 0.5;
}

const docs = readConll(split);
const gold: GoldArticle[] = docs.map((d) => ({
  id: d.id,
  people: goldPeople(d).map((p) => ({ ...p, role: null, official: false, mentions: 0 })),
}));
const prose = new Set(docs.filter(isProse).map((d) => d.id));
const baseline = await baselineFinder();
const systems: [string, (d: ConllDocument) => PredictedPerson[]][] = [
  [`finder before (${BASELINE})`, (d) => asPredicted(baseline(sentencesOf(d)))],
  ['compromise .people()', compromisePeople],
  ['Newsgist', (d) => asPredicted(findPeople(sentencesOf(d)))],
];

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, system: string, s: Score) =>
  `${label.padEnd(26)} ${system.padEnd(24)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.mergeErrors).padStart(5)}   ${s.matched}/${s.gold} matched, ${s.predicted} entries`;

console.log(`CoNLL-2003 ${split}: person names per document with aliases, officials metric (EVAL.md §5)`);
console.log(`${'documents'.padEnd(26)} ${'system'.padEnd(24)}     P     R    F1   merge`);
const results = systems.map(([name, run]) => {
  const predictions = new Map(docs.map((d) => [d.id, run(d)]));
  return { name, predictions };
});
const sets: [string, GoldArticle[]][] = [
  [`all ${gold.length}`, gold],
  [`prose ${prose.size}`, gold.filter((g) => prose.has(g.id))],
];
for (const [label, set] of sets) {
  results.forEach(({ name, predictions }, i) => {
    console.log(row(i === 0 ? label : '', name, score(set, predictions)));
  });
}
if (args.verbose) {
  const last = results[results.length - 1]!;
  for (const r of score(gold, last.predictions).reports) {
    if (!r.missed.length && !r.spurious.length && !r.merged.length) continue;
    console.log(`  [${r.id}]`);
    if (r.missed.length) console.log(`    missed:   ${r.missed.join(' | ')}`);
    if (r.spurious.length) console.log(`    spurious: ${r.spurious.join(' | ')}`);
    for (const m of r.merged) console.log(`    merge:    ${m.gold} <- ${m.predicted.join(' + ')}`);
  }
}
