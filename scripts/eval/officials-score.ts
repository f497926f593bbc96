/**
 * The officials metric of ../shared/EVAL.md: people matched by normalised name or alias, person
 * precision / recall / F1 summed over articles, alias-merge errors, and role accuracy by whole-word
 * containment (a gold `role_alt` counts as another right answer).
 */

export interface GoldPerson {
  name: string;
  role: string | null;
  role_alt?: string[];
  official: boolean;
  aliases: string[];
  mentions: number;
}

export interface GoldArticle {
  id: string;
  people: GoldPerson[];
  text?: string;
}

export interface PredictedPerson {
  name: string;
  role: string | null;
}

export interface ArticleReport {
  id: string;
  missed: string[];
  spurious: string[];
  merged: { gold: string; predicted: string[] }[];
  wrongRoles: { name: string; gold: string; predicted: string | null }[];
}

export interface Score {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  mergeErrors: number;
  rolesScored: number;
  rolesRight: number;
  roleAccuracy: number;
  reports: ArticleReport[];
}

/** NFKC, straight quotes, full stops and brackets dropped, spaces collapsed, lower case, no possessive. */
export function normName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[()[\]{}"]/g, ' ')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[\s,;:!?'-]+|[\s,;:!?-]+$/g, '')
    .replace(/'s$/, '')
    .replace(/s'$/, 's')
    .replace(/'$/, '')
    .trim();
}

function normRole(role: string | null | undefined): string {
  return (role ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[^\p{L}\p{N}'&\- ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an')
    .join(' ');
}

const containsWords = (a: string, b: string) => b.length > 0 && ` ${a} `.includes(` ${b} `);

/** Right when, normalised, one role contains the other as whole words. */
export function roleMatches(predicted: string | null, gold: readonly string[]): boolean {
  const p = normRole(predicted);
  if (!p) return false;
  return gold.some((g0) => {
    const g = normRole(g0);
    return g.length > 0 && (containsWords(p, g) || containsWords(g, p));
  });
}

function scoreArticle(gold: GoldArticle, predicted: readonly PredictedPerson[], total: Score): void {
  const names = gold.people.map((g) => new Set([g.name, ...g.aliases].map(normName)));
  const assigned: number[][] = gold.people.map(() => []);
  const report: ArticleReport = { id: gold.id, missed: [], spurious: [], merged: [], wrongRoles: [] };
  const entries = predicted.filter((p) => normName(p.name));
  entries.forEach((p, j) => {
    const n = normName(p.name);
    const candidates = names.flatMap((set, i) => (set.has(n) ? [i] : []));
    const i = candidates.find((k) => assigned[k]?.length === 0) ?? candidates[0];
    if (i === undefined) report.spurious.push(p.name);
    else assigned[i]?.push(j);
  });
  total.articles++;
  total.gold += gold.people.length;
  total.predicted += entries.length;
  gold.people.forEach((g, i) => {
    const hits = assigned[i] ?? [];
    const first = hits[0];
    if (first === undefined) {
      report.missed.push(g.name);
      return;
    }
    total.matched++;
    if (hits.length > 1) {
      total.mergeErrors += hits.length - 1;
      report.merged.push({ gold: g.name, predicted: hits.map((j) => entries[j]?.name ?? '') });
    }
    if (g.role === null) return;
    const role = entries[first]?.role ?? null;
    total.rolesScored++;
    if (roleMatches(role, [g.role, ...(g.role_alt ?? [])])) total.rolesRight++;
    else report.wrongRoles.push({ name: g.name, gold: g.role, predicted: role });
  });
  total.reports.push(report);
}

/** Scores predictions (by article id) against gold labels; a missing prediction lists nobody. */
export function score(gold: readonly GoldArticle[], predictions: ReadonlyMap<string, PredictedPerson[]>): Score {
  const total: Score = {
    articles: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    mergeErrors: 0,
    rolesScored: 0,
    rolesRight: 0,
    roleAccuracy: 0,
    reports: [],
  };
  for (const article of gold) scoreArticle(article, predictions.get(article.id) ?? [], total);
  const div = (a: number, b: number) => (b ? a / b : 0);
  total.precision = div(total.matched, total.predicted);
  total.recall = div(total.matched, total.gold);
  total.f1 = div(2 * total.precision * total.recall, total.precision + total.recall);
  total.roleAccuracy = div(total.rolesRight, total.rolesScored);
  return total;
}
