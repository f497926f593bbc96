import { plural, t } from '@/entrypoints/shared/i18n';
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
  return (
    <li class="person">
      <div class="person-line">
        {onSelect ? (
          <button
            type="button"
            class="name"
            aria-pressed={selected}
            title={t('personHighlight', person.name)}
            onClick={() => onSelect(person)}
          >
            {person.name}
          </button>
        ) : (
          <span class="name">{person.name}</span>
        )}
        {person.role && <span class="role"> — {person.role}</span>}
        <span class="mentions"> · {plural('mentions', person.mentions)}</span>
      </div>
      {person.evidence && (
        <details>
          <summary>{t('personEvidence')}</summary>
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
      <h2 id="officials-heading">{t('officialsHeading')}</h2>
      {officials.length > 0 ? (
        <ul class="people officials">
          {officials.map((p) => (
            <PersonItem key={p.name} person={p} selected={selected === p.name} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <p class="empty">{unread ?? (others.length > 0 ? t('officialsNone') : t('peopleNone'))}</p>
      )}
      {others.length > 0 && (
        <>
          <h3>{t('othersHeading')}</h3>
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
