/**
 * Sentences, languages and key sentences in every language, with figures:
 *   npm run eval:segment [-- --pages ../shared/corpus/extraction-dev]
 *
 * 1. Sentence-boundary precision, recall and F1 on the Universal Dependencies PUD treebanks
 *    (.cache/pud, see DATA.md): each document's `# text` lines joined into running text, scored
 *    against the treebank's own splits (the boundaries inside a document; its end is given).
 *    Today's splitter (before Intl.Segmenter, frozen in scripts/eval/segment-baseline.ts) beside the
 *    new one.
 * 2. English news: the new splitter against today's on the CNN dev stories
 *    (../shared/corpus/cnndm-dev.jsonl): today's sentences it reproduces exactly, and stories
 *    split identically.
 * 3. Language detection on the PUD documents, with no tag given (text only).
 * 4. Key sentences across languages: the PUD documents are translations of each other, so for
 *    each document of two sentences or more, is the top key sentence in a language the
 *    translation of the one picked in English? With the share a random pick would reach.
 * 5. With --pages DIR: every page of the extraction dev set gives key sentences or a specific
 *    message; pages per language read, and pages built from PUD documents in each language.
 */
import { reasonText } from '../../entrypoints/shared/wording';
import { digestDocument, digestText } from '../../lib/digest';
import { articleFromText } from '../../lib/extract/text';
import { detectLanguage } from '../../lib/language';
import { splitSentences } from '../../lib/segment';
import { parseDocument } from '../cli/node-dom';
import { readPages, readStories } from '../shared/corpus';
import { english } from '../shared/messages';
import { hasPud, PUD_LANGUAGES, type PudDocument, type PudLanguage, pudDocuments } from './pud';
import { splitSentences as baselineSplit } from './segment-baseline';

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

/** Offsets where each piece ends in `text`, found in order (pieces are verbatim slices). */
function endsOf(text: string, pieces: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    const i = text.indexOf(piece, at);
    if (i < 0) continue;
    at = i + piece.length;
    out.push(at);
  }
  return out;
}

interface Score {
  p: number;
  r: number;
  f1: number;
}

function boundaryScore(docs: readonly PudDocument[], split: (text: string) => string[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const gold = new Set(d.ends.slice(0, -1));
    const predicted = new Set(endsOf(d.text, split(d.text)).filter((e) => e < d.text.length));
    for (const e of predicted) if (gold.has(e)) tp++;
    fp += [...predicted].filter((e) => !gold.has(e)).length;
    fn += [...gold].filter((e) => !predicted.has(e)).length;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

function sentenceBoundaries(languages: readonly PudLanguage[]): void {
  console.log('1. Sentence boundaries on PUD (F1 target ≥ 0.95 in every language)');
  console.log('lang  boundaries  today P / R / F1          new P / R / F1');
  for (const lang of languages) {
    const docs = pudDocuments(lang);
    const gold = docs.reduce((n, d) => n + d.ends.length - 1, 0);
    const before = boundaryScore(docs, (t) => baselineSplit(t));
    const after = boundaryScore(docs, (t) => splitSentences(t, lang));
    console.log(
      `${lang.padEnd(4)}  ${String(gold).padStart(10)}  ${pct(before.p)} / ${pct(before.r)} / ${pct(before.f1)}    ${pct(after.p)} / ${pct(after.r)} / ${pct(after.f1)}`,
    );
  }
}

function englishNews(): void {
  console.log("\n2. English news: the new splitter against today's on the CNN dev stories");
  const stories = readStories();
  let same = 0;
  let total = 0;
  let identical = 0;
  let produced = 0;
  for (const story of stories) {
    let storySame = true;
    for (const block of articleFromText(story.article).blocks) {
      const before = baselineSplit(block.text);
      const after = splitSentences(block.text, 'en');
      const kept = new Set(after);
      produced += after.length;
      total += before.length;
      same += before.filter((s) => kept.has(s)).length;
      if (before.join('\u0001') !== after.join('\u0001')) storySame = false;
    }
    if (storySame) identical++;
  }
  console.log(
    `${stories.length} stories: ${identical} split identically; ${same} of today's ${total} sentences reproduced (${pct(same / total)}); ${produced} sentences now`,
  );
}

function detection(languages: readonly PudLanguage[]): void {
  console.log('\n3. Language detected from the text alone (PUD documents, no tag)');
  for (const lang of languages) {
    const docs = pudDocuments(lang);
    const counts = new Map<string, number>();
    for (const d of docs) {
      const code = detectLanguage(d.text, null).code;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const right = counts.get(lang) ?? 0;
    const wrong = [...counts]
      .filter(([c]) => c !== lang)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(
      `${lang.padEnd(4)} ${right}/${docs.length} (${pct(right / docs.length)})${wrong ? `  mistaken for: ${wrong}` : ''}`,
    );
  }
}

/** Index (in the treebank's order) of the document's top key sentence, or -1. */
function topPick(d: PudDocument): number {
  const result = digestText(d.text, { maxSentences: 1 });
  const top = result.ok ? result.digest.ranked[0] : undefined;
  if (!top) return -1;
  return d.sentences.findIndex((s) => s.text.includes(top.text) || top.text.includes(s.text));
}

function alignment(languages: readonly PudLanguage[]): void {
  console.log('\n4. Top key sentence aligned with the English pick (PUD documents of 2+ sentences; target ≥ 0.80)');
  const english = new Map(
    pudDocuments('en')
      .filter((d) => d.sentences.length >= 2)
      .map((d) => [d.id, d]),
  );
  const englishTop = new Map([...english].map(([id, d]) => [id, d.sentences[topPick(d)]?.id ?? null]));
  console.log('lang  documents  aligned  share   random pick  no pick');
  for (const lang of languages) {
    if (lang === 'en') continue;
    let n = 0;
    let aligned = 0;
    let chance = 0;
    let none = 0;
    for (const d of pudDocuments(lang)) {
      const target = englishTop.get(d.id);
      if (target === undefined || d.sentences.length < 2) continue;
      n++;
      chance += 1 / d.sentences.length;
      const k = topPick(d);
      if (k < 0) none++;
      else if (d.sentences[k]?.id === target) aligned++;
    }
    console.log(
      `${lang.padEnd(4)}  ${String(n).padStart(9)}  ${String(aligned).padStart(7)}  ${pct(aligned / n)}  ${pct(chance / n).padStart(11)}  ${String(none).padStart(7)}`,
    );
  }
}

function pageOutcome(html: string): { lang: string; sentences: number; error: string | null } {
  const result = digestDocument(parseDocument(html), { disposable: true, maxSentences: 3 });
  if (!result.ok)
    return { lang: '-', sentences: 0, error: `${result.error.code}: ${reasonText(result.error.reason, english)}` };
  return { lang: result.digest.language.code, sentences: result.digest.ranked.length, error: null };
}

/** A page built from PUD documents: one paragraph per document, tagged with its language when asked. */
function pudPage(lang: PudLanguage, tagged: boolean): string {
  const docs = pudDocuments(lang).slice(0, 12);
  const body = docs.map((d) => `<p>${d.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  const title = docs[0]?.sentences[0]?.text.slice(0, 40) ?? lang;
  return `<html${tagged ? ` lang="${lang}"` : ''}><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

function pages(dir: string, languages: readonly PudLanguage[]): void {
  console.log(`\n5. Every page gives key sentences or a specific message (${dir})`);
  const items = readPages(dir);
  const byLang = new Map<string, number>();
  let empty = 0;
  const errors = new Map<string, number>();
  for (const item of items) {
    const outcome = pageOutcome(item.html);
    if (outcome.error) errors.set(outcome.error, (errors.get(outcome.error) ?? 0) + 1);
    else if (outcome.sentences === 0) {
      empty++;
      console.log(`  EMPTY: ${item.id}`);
    } else byLang.set(outcome.lang, (byLang.get(outcome.lang) ?? 0) + 1);
  }
  console.log(
    `${items.length} pages: ${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ')} with key sentences; ${empty} empty digests`,
  );
  for (const [message, n] of errors) console.log(`  ${n} × ${message}`);
  console.log('Pages built from PUD documents (12 paragraphs each), with and without <html lang>:');
  for (const lang of languages) {
    const out = [true, false].map((tagged) => pageOutcome(pudPage(lang, tagged)));
    console.log(
      `${lang.padEnd(4)} ${out.map((o, k) => `${k === 0 ? 'tagged' : 'untagged'}: ${o.error ?? `${o.sentences} ranked, read as ${o.lang}`}`).join(' · ')}`,
    );
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  const pagesAt = argv.indexOf('--pages');
  const languages = PUD_LANGUAGES.filter(hasPud);
  const missing = PUD_LANGUAGES.filter((l) => !hasPud(l));
  if (missing.length) console.log(`PUD files missing from .cache/pud (see DATA.md): ${missing.join(', ')}`);
  if (languages.length === 0) process.exit(2);
  sentenceBoundaries(languages);
  englishNews();
  detection(languages);
  if (languages.includes('en')) alignment(languages);
  if (pagesAt >= 0) pages(argv[pagesAt + 1] ?? '', languages);
}

main();
