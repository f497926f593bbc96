import { DigestView, type DigestViewProps } from '../shared/digest-view';
import { activeTabId, linkToTab, type PageLink } from '../shared/page';

/** `popup.html?tabId=N` digests tab N (tests, "open in a tab"); otherwise the active tab. */
export function requestedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  const id = raw === null ? Number.NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

const NO_TAB: PageLink = {
  digest: () => Promise.resolve({ ok: false, error: { code: 'tab-gone', reason: { kind: 'no-tab' } } }),
  highlight: () => Promise.resolve({ ok: false, found: 0 }),
};

async function connectToBrowser(): Promise<{ link: PageLink; tabId: number | null }> {
  // popup.html?request=<window>: opened by the context menu, for the request it posted (a selection).
  const windowId = Number(new URLSearchParams(location.search).get('request') ?? Number.NaN);
  if (Number.isInteger(windowId)) return (await import('../shared/selection')).connectToSelection(windowId);
  const tabId = requestedTabId(location.search) ?? (await activeTabId());
  return { link: tabId === null ? NO_TAB : linkToTab(tabId), tabId };
}

/** The toolbar popup: the shared digest view of the active tab (or of what the context menu asked). */
export function App(props: Partial<DigestViewProps>) {
  return <DigestView connect={connectToBrowser} offerTab {...props} />;
}
