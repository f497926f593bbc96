import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestText } from '../../lib/digest';
import { type GoldArticle, normName, roleMatches, score } from '../../scripts/eval/officials-score';

const FIXTURES = new URL('../fixtures/officials/', import.meta.url);
const labels = (file: string): GoldArticle[] =>
  readFileSync(new URL(file, FIXTURES), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle);

const predict = (articles: readonly GoldArticle[]) =>
  new Map(
    articles.map((a) => {
      const result = digestText(a.text ?? '');
      return [a.id, result.ok ? result.digest.people : []];
    }),
  );

describe('seed article (tests/fixtures/officials/officials-seed.jsonl)', () => {
  const gold = labels('officials-seed.jsonl');
  const predicted = predict(gold);

  it.each(gold[0]?.people.map((p) => [p.name, p]) ?? [])('finds %s with the role the article gives', (_, want) => {
    const forms = new Set([want.name, ...want.aliases].map(normName));
    const found = (predicted.get(gold[0]?.id ?? '') ?? []).filter((p) => forms.has(normName(p.name)));
    expect(found).toHaveLength(1);
    expect(roleMatches(found[0]?.role ?? null, [want.role ?? ''])).toBe(true);
    expect(found[0]?.official).toBe(true);
  });

  it('lists nobody else (no publication, no unnamed official)', () => {
    const s = score(gold, predicted);
    expect(s.predicted).toBe(s.matched);
    expect(s.mergeErrors).toBe(0);
  });
});

describe('scorer', () => {
  it.each([
    ['Mr Blinken’s', 'mr blinken'],
    ["Robbie Williams'", 'robbie williams'],
    ['Fela [Kuti]', 'fela kuti'],
    ['Erich Nowsch Jr.', 'erich nowsch jr'],
  ])('normalises %s', (raw, want) => {
    expect(normName(raw)).toBe(want);
  });

  it.each([
    ['the Prime Minister', ['prime minister'], true],
    ['Treasury Secretary', ['the Treasury Secretary'], true],
    ['Sen.', ['Sen.'], true],
    ['Home Secretary', ['Treasury Secretary'], false],
    ['', ['Chancellor'], false],
    ['minister', ['prime ministers'], false],
  ])('role %s vs %s', (predicted, gold, right) => {
    expect(roleMatches(predicted, gold)).toBe(right);
  });
});
