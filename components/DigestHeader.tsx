import { t, ui } from '@/entrypoints/shared/i18n';
import { durationText, languageReport } from '@/entrypoints/shared/wording';
import { sourceParts } from '@/lib/format';
import { readingDuration, readingMinutes } from '@/lib/reading';
import type { Digest } from '@/lib/types';

/**
 * Headline, source, reading time and the language the digest was read in. `digestSize` is the
 * key sentences' length in the language's reading unit (words, or characters in Chinese and Japanese).
 */
export function DigestHeader({ digest, digestSize }: { digest: Digest; digestSize: number }) {
  const source = sourceParts(digest, ui().locale);
  const { perMinute } = digest.language.pace;
  const saved = Math.max(0, Math.round((digest.readingSize - digestSize) / perMinute));
  return (
    <header class="digest-header">
      <h1 id="digest-title" lang={digest.language.code} dir="auto">
        {digest.title || t('untitledArticle')}
      </h1>
      {source.length > 0 && <p class="source">{source.join(' · ')}</p>}
      <p class="reading">
        <span>{t('readingTime', readingMinutes(digest.readingSize, perMinute))}</span>
        <span> · {t('digestTime', durationText(readingDuration(digestSize, perMinute)))}</span>
        {saved > 0 && <span class="saved"> · {t('timeSaved', durationText({ unit: 'minute', value: saved }))}</span>}
      </p>
      <p class="language">{languageReport(digest.language).line}</p>
    </header>
  );
}
