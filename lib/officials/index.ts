import type { Person, Sentence } from '../types';
import { CREDIT_LINES } from './knowledge';
import { mentionsIn } from './mentions';
import { type Entity, mergeMentions } from './merge';
import { isOfficeRole } from './roles';

/** A name or role as one line of text. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

function toPerson(e: Entity): Person & { first: number } {
  const byOrder = [...e.mentions].sort((a, b) => a.order - b.order);
  const fullest = byOrder.reduce(
    (best, m) => (m.keys.length > best.keys.length ? m : best),
    byOrder[0] as Entity['mentions'][number],
  );
  const name = plain(fullest.keys.length > 1 || !fullest.honorific ? fullest.words.join(' ') : fullest.surface);
  const aliases: string[] = [];
  for (const m of byOrder) {
    for (const form of [plain(m.surface), plain(m.words.join(' '))]) {
      if (form !== name && !aliases.includes(form)) aliases.push(form);
    }
  }
  const withRole = byOrder.find((m) => m.role);
  const role = withRole?.role ?? null;
  return {
    name,
    role: role ? plain(role.text) : null,
    official: role ? isOfficeRole(role) : false,
    aliases,
    mentions: e.mentions.length,
    evidence: withRole?.sentence.text ?? null,
    first: e.first,
  };
}

/**
 * Finds the named people of an article: full names ("Antony Blinken") with later mentions
 * ("Mr Blinken", "Blinken's", "President Xi") merged, each with the role the article gives them
 * and the sentence that says so. Officials come first, then by mentions and first appearance.
 */
export function findPeople(sentences: readonly Sentence[]): Person[] {
  const story = sentences.filter((s) => !CREDIT_LINES.some((p) => p.re.test(s.text)));
  return mergeMentions(story.flatMap(mentionsIn))
    .map(toPerson)
    .sort((a, b) => Number(b.official) - Number(a.official) || b.mentions - a.mentions || a.first - b.first)
    .map(({ first: _, ...person }) => person);
}
