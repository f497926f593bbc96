/**
 * The digest of a selection, as the popup and the side panel show it: the text the reader selected
 * is digested like an article's (shared/read-page.ts), and its key sentences and people are marked
 * in the tab it was selected in. Loaded only when a selection is asked for.
 */
import { t } from './i18n';
import { linkToTab, type PageLink } from './page';
import { type DigestRequest, onRequest, type SelectionCopy, takeRequest } from './requests';

export function linkToSelection(tabId: number, selection: SelectionCopy): PageLink {
  return {
    digest: () => import('./read-page').then((reader) => reader.digestSelection(selection)),
    highlight: linkToTab(tabId).highlight,
  };
}

/** How long the popup waits for the selection the background reads from the page. */
const WAIT_MS = 10_000;

/** The request the background posts as it opens the popup (it reads the selection after). */
function nextRequest(windowId: number): Promise<DigestRequest> {
  return new Promise((resolve, reject) => {
    const stop = onRequest('popup', windowId, (request) => {
      clearTimeout(timer);
      stop();
      resolve(request);
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(t('selectionLost')));
    }, WAIT_MS);
    takeRequest('popup', windowId).then((request) => {
      if (!request) return;
      clearTimeout(timer);
      stop();
      resolve(request);
    }, reject);
  });
}

/** The popup opened by "Newsgist: digest the selection" (popup.html?request=<window>). */
export async function connectToSelection(windowId: number): Promise<{ link: PageLink; tabId: number }> {
  const request = await nextRequest(windowId);
  if (!request.selection) return { link: linkToTab(request.tabId), tabId: request.tabId };
  return { link: linkToSelection(request.tabId, request.selection), tabId: request.tabId };
}
