import { sourceParts } from '@/lib/format';
import { formatDuration, readingMinutes } from '@/lib/reading';
import type { Digest } from '@/lib/types';

/**
 * Headline, source, reading time and the language the digest was read in. `digestSize` is the
 * key sentences' length in the language's reading unit (words, or characters in Chinese and Japanese).
 */
export function DigestHeader({ digest, digestSize }: { digest: Digest; digestSize: number }) {
  const source = sourceParts(digest);
  const { perMinute } = digest.language.pace;
  const articleMinutes = readingMinutes(digest.readingSize, perMinute);
  const saved = Math.max(0, Math.round((digest.readingSize - digestSize) / perMinute));
  const language = digest.language.report;
  return (
    <header class="digest-header">
      <h1 id="digest-title" lang={digest.language.code} dir="auto">
        {digest.title || 'Untitled article'}
      </h1>
      {source.length > 0 && <p class="source">{source.join(' · ')}</p>}
      <p class="reading">
        <span>{articleMinutes} min read</span>
        <span> · digest {formatDuration(digestSize, perMinute)}</span>
        {saved > 0 && <span class="saved"> · {saved} min saved</span>}
      </p>
      <p class="language">
        {language.read}: {language.gets}.
      </p>
    </header>
  );
}
