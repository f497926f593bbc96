import { sourceParts } from '@/lib/format';
import { formatDuration, readingMinutes, WORDS_PER_MINUTE } from '@/lib/reading';
import type { Digest } from '@/lib/types';

export function DigestHeader({ digest, digestWords }: { digest: Digest; digestWords: number }) {
  const source = sourceParts(digest);
  const articleMinutes = readingMinutes(digest.words);
  const saved = Math.max(0, Math.round((digest.words - digestWords) / WORDS_PER_MINUTE));
  return (
    <header class="digest-header">
      <h1 id="digest-title">{digest.title || 'Untitled article'}</h1>
      {source.length > 0 && <p class="source">{source.join(' · ')}</p>}
      <p class="reading">
        <span>{articleMinutes} min read</span>
        <span> · digest {formatDuration(digestWords)}</span>
        {saved > 0 && <span class="saved"> · {saved} min saved</span>}
      </p>
    </header>
  );
}
