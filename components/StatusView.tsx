import type { DigestError } from '@/lib/types';

const HEADINGS: Record<DigestError['code'], string> = {
  empty: 'Nothing to summarize',
  'no-article': 'No article found here',
  loading: 'The page is still loading',
  restricted: 'This page cannot be read',
  'file-access': 'File access is off',
  'tab-gone': 'The page went away',
  failed: 'Something went wrong',
};

export function ErrorView({ error, onRetry }: { error: DigestError; onRetry?: () => void }) {
  return (
    <section class="state error" aria-labelledby="state-heading">
      <h1 id="state-heading">{HEADINGS[error.code]}</h1>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

export function LoadingView() {
  return (
    <section class="state loading" aria-busy="true">
      <p role="status">Reading the article…</p>
    </section>
  );
}
