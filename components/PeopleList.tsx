import type { Person } from '@/lib/types';

function PersonItem({ person }: { person: Person }) {
  const mentions = `${person.mentions} mention${person.mentions === 1 ? '' : 's'}`;
  return (
    <li class="person">
      <span class="name">{person.name}</span>
      {person.role && <span class="role"> — {person.role}</span>}
      <span class="mentions"> · {mentions}</span>
      {person.evidence && (
        <details>
          <summary>Where the article says so</summary>
          <blockquote>{person.evidence}</blockquote>
        </details>
      )}
    </li>
  );
}

export function PeopleList({ people }: { people: Person[] }) {
  const officials = people.filter((p) => p.official);
  const others = people.filter((p) => !p.official);
  return (
    <section aria-labelledby="officials-heading">
      <h2 id="officials-heading">Named officials</h2>
      {officials.length > 0 ? (
        <ul class="people officials">
          {officials.map((p) => (
            <PersonItem key={p.name} person={p} />
          ))}
        </ul>
      ) : (
        <p class="empty">The article names no official with a role.</p>
      )}
      {others.length > 0 && (
        <>
          <h3>Other people named</h3>
          <ul class="people others">
            {others.map((p) => (
              <PersonItem key={p.name} person={p} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
