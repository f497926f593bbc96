/**
 * Chrome's offscreen document (reason CLIPBOARD), opened by the background for one copy shortcut
 * and closed after it: a service worker has neither a DOM to digest the page's copy nor a
 * clipboard. This page is the extension's own, so the page being digested never sees the copy.
 */
import { browser } from 'wxt/browser';
import { type CopyOutcome, digestAndCopy, isCopyRequest } from '../shared/copy-digest';

/**
 * An offscreen document never has focus, which `navigator.clipboard` requires; the copy command on
 * a text area of this document (not of the reader's page) is what Chrome documents for it.
 */
async function writeHere(text: string): Promise<void> {
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('the browser refused the copy');
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: CopyOutcome) => void) => {
  if (sender.id !== browser.runtime.id || !isCopyRequest(message)) return;
  digestAndCopy(message, writeHere).then(sendResponse);
  return true;
});
