import { browser } from 'wxt/browser';
import type { CopyOutcome, CopyRequest } from './shared/copy-digest';
import { applyOpenIn, onActionClicked, onMenuClicked } from './shared/gestures';
import { t } from './shared/i18n';
import { activeTabId, captureTab } from './shared/page';
import { loadSettings, watchSettings } from './shared/settings';
import { copyWords, reasonText } from './shared/wording';

const BADGE_MS = 2500;

/**
 * The copy shortcut's confirmation, on the extension's own toolbar button (a page can neither
 * style, hide nor read it): ✓ or !, and a title that says what happened.
 */
async function flashBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    action.setTitle({ tabId, title: '' }).catch(() => undefined);
  }, BADGE_MS);
}

const OFFSCREEN = '/offscreen.html';

/** Chrome: the digest and the copy run in an offscreen document, opened for this copy and closed after. */
async function copyOffscreen(request: Omit<CopyRequest, 'target'>): Promise<CopyOutcome> {
  const offscreen = browser.offscreen;
  const url = browser.runtime.getURL(OFFSCREEN);
  // A document left open by a copy the worker did not see through (the worker was stopped) is reused.
  if (!(await offscreen.hasDocument?.().catch(() => false))) {
    await offscreen
      .createDocument({
        url,
        reasons: [offscreen.Reason.CLIPBOARD],
        justification: 'Copies the digest from the extension itself, never through the page.',
      })
      .catch((err: Error) => {
        if (!/single offscreen document/i.test(err.message)) throw err;
      });
  }
  try {
    const message: CopyRequest = { target: 'newsgist-offscreen-copy', ...request };
    return (await browser.runtime.sendMessage(message)) as CopyOutcome;
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

/** Firefox: the background page has a DOM and may write the clipboard (clipboardWrite). */
async function copyInBackgroundPage(request: Omit<CopyRequest, 'target'>): Promise<CopyOutcome> {
  const { digestAndCopy } = await import('./shared/copy-digest');
  return digestAndCopy(request, (text) => navigator.clipboard.writeText(text));
}

/** One copy at a time: a second press waits for the first (Chrome allows one offscreen document). */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The copy shortcut: copy the current page (shared/capture.ts), digest and copy it in the
 * extension, and confirm on the toolbar button what actually happened.
 */
export function copyDigestOfActiveTab(): Promise<boolean> {
  const run = queue.then(copyNow, copyNow);
  queue = run;
  return run;
}

async function copyNow(): Promise<boolean> {
  const tabId = await activeTabId();
  if (tabId === null) return false;
  const [capture, settings] = await Promise.all([captureTab(tabId), loadSettings()]);
  let outcome: CopyOutcome;
  if (!capture.ok) outcome = capture;
  else {
    const request = {
      page: capture.page,
      sentences: settings.sentences,
      format: settings.copyFormat,
      words: copyWords(),
    };
    try {
      outcome = import.meta.env.FIREFOX ? await copyInBackgroundPage(request) : await copyOffscreen(request);
    } catch (err) {
      outcome = {
        ok: false,
        error: {
          code: 'failed',
          reason: { kind: 'copy-failed', detail: err instanceof Error ? err.message : String(err) },
        },
      };
    }
  }
  // The tab may be gone by now: then there is no button of it to mark.
  const flashed = outcome.ok
    ? flashBadge(
        tabId,
        '✓',
        '#1f6f43',
        t(settings.copyFormat === 'markdown' ? 'badgeCopiedMarkdown' : 'badgeCopiedText'),
      )
    : flashBadge(tabId, '!', '#9b2c2c', t('badgeFailed', reasonText(outcome.error.reason)));
  await flashed.catch(() => undefined);
  return outcome.ok;
}

/** The button, the shortcut and the menu entries open what the reader chose (see shared/gestures.ts). */
function followOpenIn(): void {
  const apply = () => loadSettings().then((s) => applyOpenIn(s.openIn));
  browser.runtime.onInstalled.addListener(() => void apply());
  browser.runtime.onStartup.addListener(() => void apply());
  watchSettings((now, before) => {
    if (now.openIn !== before.openIn) void applyOpenIn(now.openIn);
  });
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'copy-digest') void copyDigestOfActiveTab();
  });
  (browser.action ?? browser.browserAction).onClicked.addListener(onActionClicked);
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  followOpenIn();
});
