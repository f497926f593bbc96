import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CopyBar } from '@/components/CopyBar';
import { DigestHeader } from '@/components/DigestHeader';
import { KeySentences } from '@/components/KeySentences';
import { LengthControl } from '@/components/LengthControl';
import { Notices } from '@/components/Notices';
import { PeopleList } from '@/components/PeopleList';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { type CopyFormat, formatDigest } from '@/lib/format';
import { readingSize } from '@/lib/reading';
import { keySentences } from '@/lib/select';
import type { Person } from '@/lib/types';
import { couldNotRead, type PageDigest } from './errors';
import type { HighlightResult } from './highlight-in-page';
import { t } from './i18n';
import type { PageLink } from './page';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from './settings';
import { copyWords, languageReport } from './wording';

/** A page still loading gets one automatic retry after this long. */
const LOADING_RETRY_MS = 1200;

export interface DigestViewProps {
  /** Reaches the page (or selection) to digest: the popup's active tab, the panel's request; tests inject one. */
  connect: () => Promise<{ link: PageLink; tabId: number | null }>;
  writeClipboard?: (text: string) => Promise<void>;
  openTab?: (url: string) => void;
  /** Told each answer (the side panel names the page its digest is of). */
  onResult?: (result: PageDigest) => void;
  /** Offers "Open in a tab": the popup does (it closes when the reader leaves it), the side panel does not. */
  offerTab?: boolean;
}

function personForms(p: Person): string[] {
  return [p.name, ...p.aliases];
}

/**
 * The digest of a page as the popup and the side panel show it, with its controls (length,
 * highlights, people, copy), or why there is none: one view for both. It asks for the digest before
 * its first paint and shows it with the reader's settings at once.
 */
export function DigestView({
  connect,
  writeClipboard = (text) => navigator.clipboard.writeText(text),
  openTab = (url) => void browser.tabs.create({ url }),
  onResult,
  offerTab = false,
}: DigestViewProps) {
  const [state, setState] = useState<{ result: PageDigest; settings: Settings } | null>(null);
  const [link, setLink] = useState<{ link: PageLink; tabId: number | null } | null>(null);
  const [marks, setMarks] = useState<HighlightResult | null>(null);
  const [person, setPerson] = useState<string | null>(null);
  const retried = useRef(false);

  const run = useCallback(() => {
    setState(null);
    const connected = connect();
    connected.then(setLink, () => undefined);
    const page = connected
      .then((c) => c.link.digest())
      .catch((err: Error): PageDigest => ({ ok: false, error: couldNotRead(err.message) }));
    // Settings arrive with the digest, so the first paint already has the reader's length.
    Promise.all([page, loadSettings().catch(() => DEFAULT_SETTINGS)]).then(([result, settings]) => {
      setState({ result, settings });
      onResult?.(result);
    });
  }, [connect, onResult]);

  // Ask the page before the first paint, not after it: the digest arrives one frame sooner.
  useLayoutEffect(run, [run]);

  const result = state?.result;
  const settings = state?.settings ?? DEFAULT_SETTINGS;
  const digest = result?.ok ? result.digest : null;
  const picks = useMemo(
    () => (digest ? keySentences(digest.ranked, settings.sentences) : []),
    [digest, settings.sentences],
  );

  // A page still loading: try once more by ourselves.
  useEffect(() => {
    if (result && !result.ok && result.error.code === 'loading' && !retried.current) {
      retried.current = true;
      const timer = setTimeout(run, LOADING_RETRY_MS);
      return () => clearTimeout(timer);
    }
  }, [result, run]);

  // Keep the page's marks in step with the toggle and the length.
  useEffect(() => {
    if (!digest || !link) return;
    if (!settings.highlight) {
      setMarks(null);
      return;
    }
    let current = true;
    link.link.highlight({ kind: 'sentences', texts: picks.map((s) => s.text) }).then((r) => current && setMarks(r));
    return () => {
      current = false;
    };
  }, [digest, link, picks, settings.highlight]);

  const update = (patch: Partial<Settings>) => {
    setState((s) => (s ? { ...s, settings: { ...s.settings, ...patch } } : s));
    saveSettings(patch).catch(() => undefined);
  };

  if (state === null) return <LoadingView />;
  if (!state.result.ok) {
    return (
      <ErrorView
        error={state.result.error}
        onRetry={run}
        onOpenSettings={() => openTab(`chrome://extensions/?id=${browser.runtime.id}`)}
      />
    );
  }
  const d = state.result.digest;
  const digestSize = readingSize(picks.map((s) => s.text).join(' '), d.language);
  const pageLink = link?.link;
  const toggleHighlight = (on: boolean) => {
    if (!on) pageLink?.highlight({ kind: 'clear' });
    update({ highlight: on });
  };
  const copy = (format: CopyFormat) => writeClipboard(formatDigest(d, settings.sentences, format, copyWords()));

  return (
    <main aria-labelledby="digest-title">
      <DigestHeader digest={d} digestSize={digestSize} />
      <Notices notices={d.notices} />
      <div class="controls">
        <LengthControl value={settings.sentences} max={d.ranked.length} onChange={(n) => update({ sentences: n })} />
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.highlight}
            onChange={(e) => toggleHighlight(e.currentTarget.checked)}
          />
          {t('highlightToggle')}
        </label>
      </div>
      {marks && !marks.ok && (
        <p class="hint" role="status">
          {t(marks.reason === 'unsupported' ? 'highlightUnsupported' : 'highlightFailed')}
        </p>
      )}
      {marks?.ok && marks.found < picks.length && settings.highlight && (
        <p class="hint" role="status">
          {t('highlightPartial', picks.length, marks.found)}
        </p>
      )}
      <section aria-labelledby="key-heading">
        <h2 id="key-heading">{t('keySentencesHeading')}</h2>
        <KeySentences
          sentences={picks}
          language={d.language}
          onSelect={pageLink ? (s) => pageLink.highlight({ kind: 'focus', text: s.text }) : undefined}
        />
        <p class="verbatim">{t('keySentencesNote')}</p>
      </section>
      <PeopleList
        people={d.people}
        unread={languageReport(d.language).people}
        selected={person}
        onSelect={
          pageLink
            ? (p) => {
                const next = person === p.name ? null : p.name;
                setPerson(next);
                pageLink.highlight(next ? { kind: 'people', forms: personForms(p) } : { kind: 'people', forms: [] });
              }
            : undefined
        }
      />
      {offerTab && link?.tabId !== null && link?.tabId !== undefined && !location.search.includes('tabId') && (
        <p class="footer-links">
          <a href={`popup.html?tabId=${link.tabId}`} target="_blank" rel="noreferrer">
            {t('openInTab')}
          </a>
        </p>
      )}
      <CopyBar format={settings.copyFormat} onFormatChange={(f) => update({ copyFormat: f })} onCopy={copy} />
    </main>
  );
}
