import { useEffect, useState } from 'preact/hooks';
import type { PageError } from '@/entrypoints/shared/errors';
import { keyFor, t } from '@/entrypoints/shared/i18n';
import { reasonText } from '@/entrypoints/shared/wording';

export interface ErrorViewProps {
  error: PageError;
  onRetry?: () => void;
  /** Opens the browser's page for this extension (file access is switched on there). */
  onOpenSettings?: () => void;
}

export function ErrorView({ error, onRetry, onOpenSettings }: ErrorViewProps) {
  return (
    <main class={`state error state-${error.code}`} aria-labelledby="state-heading">
      <h1 id="state-heading">{t(keyFor('state', error.code))}</h1>
      <p class="reason">{reasonText(error.reason)}</p>
      <p class="next-step">{t(keyFor('next', error.code))}</p>
      <div class="actions">
        {error.code === 'file-access' && onOpenSettings && (
          <button type="button" class="primary" onClick={onOpenSettings}>
            {t('openExtensionSettings')}
          </button>
        )}
        {onRetry && error.code !== 'restricted' && error.code !== 'selection' && (
          <button type="button" onClick={onRetry}>
            {t('tryAgain')}
          </button>
        )}
      </div>
    </main>
  );
}

/** Shown only when reading takes long enough to notice, so quick digests never flash it. */
export function LoadingView({ delayMs = 250 }: { delayMs?: number }) {
  const [visible, setVisible] = useState(delayMs === 0);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <main class="state loading" aria-busy="true">
      {visible && (
        <p role="status" class="loading-text">
          {t('readingArticle')}
        </p>
      )}
    </main>
  );
}
