import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Elsewhere, PanelAsk, PanelBar } from '@/components/PanelViews';
import { DigestView } from '../shared/digest-view';
import type { PageDigest } from '../shared/errors';
import { linkToTab, type PageLink } from '../shared/page';
import { type DigestRequest, onRequest, type SelectionCopy, takeRequest } from '../shared/requests';
import { linkToSelection } from '../shared/selection';
import { DEFAULT_SETTINGS, loadSettings, type OpenIn, saveSettings, watchSettings } from '../shared/settings';
import { digestShortcut } from '../shared/shortcuts';

/** What the panel shows the digest of: a tab's page, or the text selected in it. */
export interface Target {
  /** Changes with every new target, so the digest view starts afresh. */
  seq: number;
  tabId: number;
  selection?: SelectionCopy;
}

/** The page or selection, reached through the browser; a key sentence clicked brings its tab to the front. */
export function linkTo(target: Target): PageLink {
  const link = target.selection ? linkToSelection(target.tabId, target.selection) : linkToTab(target.tabId);
  return {
    digest: link.digest,
    highlight(op) {
      if (op.kind === 'focus') void browser.tabs.update(target.tabId, { active: true }).catch(() => undefined);
      return link.highlight(op);
    },
  };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * The side panel: the digest view the popup shows (shared/digest-view.tsx), kept open beside the
 * article. It digests what the reader asks for with a gesture that lets Newsgist read a tab (posted
 * by the background, see shared/requests.ts), follows the tabs of its window and says so whenever
 * its digest is not of the page the reader sees: another tab, a page the tab has left, a closed tab.
 */
export function PanelApp({ linkFor = linkTo }: { linkFor?: (target: Target) => PageLink }) {
  const [target, setTarget] = useState<Target | 'ask' | null>(null);
  const [activeTab, setActiveTab] = useState<number | null>(null);
  const [moved, setMoved] = useState<Elsewhere | null>(null);
  const [result, setResult] = useState<PageDigest | null>(null);
  const [openIn, setOpenIn] = useState<OpenIn>(DEFAULT_SETTINGS.openIn);
  const [shortcut, setShortcut] = useState('');
  const seq = useRef(0);
  const current = useRef<{ tabId: number; url: string | null } | null>(null);

  const show = useCallback((tabId: number, selection?: SelectionCopy, url: string | null = null) => {
    current.current = { tabId, url: selection?.url ?? url };
    seq.current += 1;
    setMoved(null);
    setResult(null);
    setTarget({ seq: seq.current, tabId, selection });
  }, []);

  /** Asked from the panel itself: read the tab only if the reader let Newsgist read it already. */
  const tryTab = useCallback(
    async (tabId: number, stillWanted: () => boolean = () => true) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      if (!stillWanted()) return;
      // Without a grant (or host access) the browser hides the tab's address from the extension.
      if (!tab?.url) setTarget('ask');
      else show(tabId, undefined, tab.url);
    },
    [show],
  );

  useEffect(() => {
    let handled = 0;
    const handle = (r: DigestRequest) => {
      // Each request once, and never an older one after a newer (the listener and the first
      // look in storage can meet the same requests in either order).
      if (r.at <= handled) return;
      handled = r.at;
      if (r.awaiting) {
        // The selection follows in a moment: show nothing of the tab meanwhile, not its page's digest.
        current.current = null;
        setResult(null);
        setTarget(null);
        return;
      }
      show(r.tabId, r.selection, null);
      // The gesture lets the panel see the tab's address: a later move to another page is told by it.
      browser.tabs.get(r.tabId).then(
        (tab) => {
          const shown = current.current;
          if (shown?.tabId === r.tabId && shown.url === null) shown.url = tab.url ?? null;
        },
        () => undefined,
      );
    };
    let stop: () => void = () => undefined;
    let windowId: number | undefined;
    (async () => {
      windowId = (await browser.windows.getCurrent()).id;
      if (windowId === undefined) return setTarget('ask');
      stop = onRequest('panel', windowId, handle);
      const [tab] = await browser.tabs.query({ active: true, windowId });
      setActiveTab(tab?.id ?? null);
      const request = await takeRequest('panel', windowId);
      if (request) handle(request);
      // A request may have come through the listener meanwhile: it wins over the current tab.
      else if (handled !== 0) return;
      else if (tab?.id !== undefined) await tryTab(tab.id, () => handled === 0);
      else setTarget('ask');
    })().catch(() => setTarget('ask'));

    const activated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) setActiveTab(info.tabId);
    };
    const updated = (tabId: number, change: { status?: string; url?: string }) => {
      const shown = current.current;
      if (tabId !== shown?.tabId) return;
      const left = change.url && shown.url && withoutHash(change.url) !== withoutHash(shown.url);
      if (change.status === 'loading' || left) setMoved('left');
    };
    const removed = (tabId: number) => {
      if (tabId === current.current?.tabId) setMoved('closed');
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
    };
  }, [show, tryTab]);

  useEffect(() => {
    loadSettings().then(
      (s) => setOpenIn(s.openIn),
      () => undefined,
    );
    digestShortcut().then(setShortcut);
    return watchSettings((now) => setOpenIn(now.openIn));
  }, []);

  const connect = useMemo(() => {
    if (target === null || target === 'ask') return null;
    const link = linkFor(target);
    return () => Promise.resolve({ link, tabId: target.tabId });
  }, [target, linkFor]);

  if (target === null) return null;
  if (target === 'ask' || connect === null) {
    return <PanelAsk openIn={openIn} shortcut={shortcut} onUsePanel={() => void saveSettings({ openIn: 'panel' })} />;
  }
  const elsewhere = moved ?? (activeTab !== null && activeTab !== target.tabId ? 'other-tab' : null);
  return (
    <>
      <PanelBar
        title={result?.ok ? result.digest.title : null}
        elsewhere={elsewhere}
        selectionOf={target.selection ? target.selection.title : null}
        shortcut={openIn === 'panel' ? shortcut : ''}
        onDigestThisTab={() => activeTab !== null && void tryTab(activeTab)}
      />
      <DigestView key={target.seq} connect={connect} onResult={setResult} />
    </>
  );
}
