import { formatDate } from '@/lib/format';
import { readingMinutes } from '@/lib/reading';
import { keySentences } from '@/lib/summarize';
import type { Digest, Notice } from '@/lib/types';
import { PeopleList } from './PeopleList';

function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'short':
      return `A very short article (${n.words} words): the digest may be most of it.`;
    case 'truncated':
      return `A very long page: the digest covers the first ${n.words.toLocaleString('en')} of ${n.totalWords.toLocaleString('en')} words.`;
    case 'language':
      return `This article seems not to be in English (${n.lang}): key sentences and officials may be less reliable.`;
  }
}

export function DigestView({ digest, sentences }: { digest: Digest; sentences: number }) {
  const picks = keySentences(digest.ranked, sentences);
  const source = [digest.siteName, digest.byline, digest.published ? formatDate(digest.published) : null].filter(
    Boolean,
  );
  return (
    <article class="digest" aria-labelledby="digest-title">
      <header>
        <h1 id="digest-title">{digest.title || 'Untitled article'}</h1>
        {source.length > 0 && <p class="source">{source.join(' · ')}</p>}
        <p class="reading">
          {readingMinutes(digest.words)} min read · {digest.words.toLocaleString('en')} words
        </p>
      </header>
      {digest.notices.map((n) => (
        <p class="notice" role="note" key={n.kind}>
          {noticeText(n)}
        </p>
      ))}
      <section aria-labelledby="key-heading">
        <h2 id="key-heading">Key sentences</h2>
        {picks.length > 0 ? (
          <ol class="key-sentences">
            {picks.map((s) => (
              <li key={s.index}>{s.text}</li>
            ))}
          </ol>
        ) : (
          <p class="empty">No sentence of this article stands on its own as a key sentence.</p>
        )}
        <p class="verbatim">Sentences are quoted verbatim from the article, in its order.</p>
      </section>
      <PeopleList people={digest.people} />
    </article>
  );
}
