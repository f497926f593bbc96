import { useEffect, useState } from 'preact/hooks';
import type { PageError } from '@/entrypoints/shared/errors';
import { t } from '@/entrypoints/shared/i18n';

/** The codes of a page that could not be read; a selection's own ('selection') is worded below. */
type PageCode = Exclude<PageError['code'], 'selection'>;

const HEADINGS: Record<PageCode, string> = {
  empty: 'Nothing to summarize',
  'no-article': 'No article found here',
  loading: 'The page is still loading',
  restricted: 'This page cannot be read',
  'file-access': 'File access is off',
  'tab-gone': 'The page went away',
  'too-large': 'This page is too large',
  failed: 'Something went wrong',
};

const NEXT_STEPS: Record<PageCode, string> = {
  empty: 'Open a page with an article and try again.',
  'no-article': 'Open a news article (not a front page or a list of links) and click Newsgist again.',
  loading: 'Newsgist will try again in a moment.',
  restricted: 'Switch to a tab with a news article.',
  'file-access': 'Turn on "Allow access to file URLs" for Newsgist, then reload the page.',
  'tab-gone': 'Open the article again and click Newsgist.',
  'too-large': 'Save the article on its own (or its text) and digest that, or try the command line.',
  failed: 'Reload the page and try again.',
};

export interface ErrorViewProps {
  error: PageError;
  onRetry?: () => void;
  /** Opens the browser's page for this extension (file access is switched on there). */
  onOpenSettings?: () => void;
}

export function ErrorView({ error, onRetry, onOpenSettings }: ErrorViewProps) {
  return (
    <main class={`state error state-${error.code}`} aria-labelledby="state-heading">
      <h1 id="state-heading">{error.code === 'selection' ? t('selectionHeading') : HEADINGS[error.code]}</h1>
      <p class="reason">{error.message}</p>
      <p class="next-step">{error.code === 'selection' ? t('selectionNext') : NEXT_STEPS[error.code]}</p>
      <div class="actions">
        {error.code === 'file-access' && onOpenSettings && (
          <button type="button" class="primary" onClick={onOpenSettings}>
            Open extension settings
          </button>
        )}
        {onRetry && error.code !== 'restricted' && error.code !== 'selection' && (
          <button type="button" onClick={onRetry}>
            Try again
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
          Reading the article…
        </p>
      )}
    </main>
  );
}
