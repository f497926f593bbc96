import { browser } from 'wxt/browser';
import { explainInjectionError, isRestrictedUrl } from '@/lib/errors';
import type { PageDigest } from '@/lib/types';

/** The tab the reader means: the active tab of the current window. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Runs the injected digest script in a tab and returns its digest or an explained error. */
export async function digestTab(tabId: number): Promise<PageDigest> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, error: explainInjectionError('No tab with id', undefined) };
  }
  if (isRestrictedUrl(url)) return { ok: false, error: explainInjectionError('', url) };
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/digest.js'] });
    const result = frame?.result as PageDigest | undefined;
    if (!result) return { ok: false, error: explainInjectionError('the page did not answer', url) };
    return result;
  } catch (err) {
    return { ok: false, error: explainInjectionError((err as Error).message ?? String(err), url) };
  }
}
