import type { Person } from '@/lib/types';

export interface PeopleListProps {
  people: Person[];
  /** The person whose mentions are highlighted in the page, if any. */
  selected?: string | null;
  /** Highlights a person's mentions in the page; absent when the page cannot be reached. */
  onSelect?: (person: Person) => void;
  /** Why people were not looked for (an article not in English), shown instead of the list. */
  unread?: string | null;
}

function PersonItem({
  person,
  selected,
  onSelect,
}: {
  person: Person;
  selected: boolean;
  onSelect?: (p: Person) => void;
}) {
  const mentions = `${person.mentions} mention${person.mentions === 1 ? '' : 's'}`;
  return (
    <li class="person">
      <div class="person-line">
        {onSelect ? (
          <button
            type="button"
            class="name"
            aria-pressed={selected}
            title={`Highlight ${person.name} in the page`}
            onClick={() => onSelect(person)}
          >
            {person.name}
          </button>
        ) : (
          <span class="name">{person.name}</span>
        )}
        {person.role && <span class="role"> — {person.role}</span>}
        <span class="mentions"> · {mentions}</span>
      </div>
      {person.evidence && (
        <details>
          <summary>Where the article says so</summary>
          <blockquote>{person.evidence}</blockquote>
        </details>
      )}
    </li>
  );
}

export function PeopleList({ people, selected = null, onSelect, unread = null }: PeopleListProps) {
  const officials = people.filter((p) => p.official);
  const others = people.filter((p) => !p.official);
  return (
    <section aria-labelledby="officials-heading">
      <h2 id="officials-heading">Named officials</h2>
      {officials.length > 0 ? (
        <ul class="people officials">
          {officials.map((p) => (
            <PersonItem key={p.name} person={p} selected={selected === p.name} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <p class="empty">
          {unread ??
            (others.length > 0
              ? 'The article names no one with an official role.'
              : 'The article names no officials or other people.')}
        </p>
      )}
      {others.length > 0 && (
        <>
          <h3>Other people named</h3>
          <ul class="people others">
            {others.map((p) => (
              <PersonItem key={p.name} person={p} selected={selected === p.name} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
