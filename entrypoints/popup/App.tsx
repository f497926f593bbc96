import { useCallback, useEffect, useState } from 'preact/hooks';
import { CopyBar } from '@/components/CopyBar';
import { DigestView } from '@/components/DigestView';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { type CopyFormat, formatDigest } from '@/lib/format';
import type { PageDigest } from '@/lib/types';
import { activeTabId, digestTab } from '../shared/page';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';

/** `popup.html?tabId=N` digests tab N (tests, "open in a tab"); otherwise the active tab. */
export function requestedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export interface AppProps {
  /** Injected by tests; the popup reads the page through the browser by default. */
  load?: () => Promise<PageDigest>;
  writeClipboard?: (text: string) => Promise<void>;
}

async function loadFromBrowser(): Promise<PageDigest> {
  const tabId = requestedTabId(location.search) ?? (await activeTabId());
  if (tabId === null) return { ok: false, error: { code: 'tab-gone', message: 'There is no open tab to read.' } };
  return digestTab(tabId);
}

export function App({ load = loadFromBrowser, writeClipboard = (t) => navigator.clipboard.writeText(t) }: AppProps) {
  const [state, setState] = useState<{ result: PageDigest; settings: Settings } | null>(null);

  const run = useCallback(() => {
    setState(null);
    const page = load().catch(
      (err: Error): PageDigest => ({
        ok: false,
        error: { code: 'failed', message: `Newsgist could not read this page: ${err.message}` },
      }),
    );
    // Settings arrive with the digest, so the first paint already has the reader's length.
    Promise.all([page, loadSettings().catch(() => DEFAULT_SETTINGS)]).then(([result, settings]) =>
      setState({ result, settings }),
    );
  }, [load]);

  useEffect(run, [run]);

  if (state === null) return <LoadingView />;
  const { result, settings } = state;
  if (!result.ok) return <ErrorView error={result.error} onRetry={run} />;
  const digest = result.digest;
  const copy = (format: CopyFormat) => writeClipboard(formatDigest(digest, settings.sentences, format));
  return (
    <main>
      <DigestView digest={digest} sentences={settings.sentences} />
      <CopyBar onCopy={copy} />
    </main>
  );
}
