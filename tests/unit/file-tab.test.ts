import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { digestTab } from '../../entrypoints/shared/page';

/** A tab whose URL the extension may not see (Chromium hides file:// URLs without file access). */
async function hiddenTab(): Promise<number> {
  const tab = await fakeBrowser.tabs.create({});
  return tab.id as number;
}

const REFUSAL =
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('a refusal on a tab whose URL is hidden', () => {
  // Bug: a file:// page without file access was called a protected browser page, with no hint of the switch.
  it.each([
    [false, REFUSAL, 'file-access'],
    [true, REFUSAL, 'restricted'],
    [false, 'Frame with ID 0 was removed.', 'tab-gone'],
  ])('file access %s, "%s" → %s', async (fileAccess, message, code) => {
    const tabId = await hiddenTab();
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValueOnce(new Error(message));
    fakeBrowser.extension.isAllowedFileSchemeAccess = vi.fn(async () => fileAccess);
    expect(await digestTab(tabId)).toMatchObject({ ok: false, error: { code } });
  });
});
