import { browser } from 'wxt/browser';
import { formatDigest } from '@/lib/format';
import { copyInPage } from './shared/copy-in-page';
import { activeTabId, digestTab } from './shared/page';
import { loadSettings } from './shared/settings';

const BADGE_MS = 2500;

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

/** The copy shortcut: digest the current page and copy it, confirmed by a toast and the badge. */
export async function copyDigestOfActiveTab(): Promise<boolean> {
  const tabId = await activeTabId();
  if (tabId === null) return false;
  const [result, settings] = await Promise.all([digestTab(tabId), loadSettings()]);
  if (!result.ok) {
    await flashBadge(tabId, '!', '#9b2c2c', `Newsgist: ${result.error.message}`);
    if (result.error.code !== 'restricted' && result.error.code !== 'file-access' && result.error.code !== 'tab-gone') {
      await browser.scripting
        .executeScript({ target: { tabId }, func: copyInPage, args: [null, '', `Newsgist: ${result.error.message}`] })
        .catch(() => undefined);
    }
    return false;
  }
  const text = formatDigest(result.digest, settings.sentences, settings.copyFormat);
  const label = settings.copyFormat === 'markdown' ? 'Markdown' : 'text';
  let copied = false;
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: copyInPage,
      args: [
        text,
        `Newsgist: digest copied as ${label}`,
        'Newsgist could not copy: the page did not allow the clipboard.',
      ],
    });
    copied = frame?.result === true;
  } catch {
    copied = false;
  }
  await flashBadge(
    tabId,
    copied ? '✓' : '!',
    copied ? '#1f6f43' : '#9b2c2c',
    copied ? 'Newsgist: digest copied' : 'Newsgist could not copy the digest',
  );
  return copied;
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'copy-digest') void copyDigestOfActiveTab();
  });
});
