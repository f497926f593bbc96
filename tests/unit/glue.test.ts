import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { copyDigestOfActiveTab } from '../../entrypoints/background';
import { digestTab } from '../../entrypoints/shared/page';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateSettings,
  SETTINGS_VERSION,
  sanitizeSettings,
  saveSettings,
} from '../../entrypoints/shared/settings';
import { languageInfo } from '../../lib/language';
import type { Digest, PageDigest } from '../../lib/types';

const digest: Digest = {
  title: 'A headline',
  url: 'https://news.example/a',
  siteName: 'News',
  byline: null,
  published: null,
  lang: 'en',
  language: languageInfo('en', 'page'),
  words: 300,
  readingSize: 300,
  ranked: [
    { text: 'Second.', index: 2 },
    { text: 'First.', index: 0 },
  ],
  people: [
    { name: 'Ann Lee', role: 'Mayor', official: true, aliases: [], mentions: 2, evidence: 'Mayor Ann Lee spoke.' },
  ],
  notices: [],
};

async function openTab(url: string): Promise<number> {
  const window = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: window?.id });
  return tab.id as number;
}

function mockScripting(...results: unknown[]) {
  const spy = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  for (const r of results) {
    if (r instanceof Error) spy.mockRejectedValueOnce(r);
    else spy.mockResolvedValueOnce([{ frameId: 0, result: r, documentId: 'd' }] as never);
  }
  return spy;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [
      { sentences: 5, copyFormat: 'markdown', highlight: true },
      { sentences: 5, copyFormat: 'markdown', highlight: true },
    ],
    [
      { sentences: 0, copyFormat: 'markdown' },
      { sentences: 3, copyFormat: 'markdown', highlight: false },
    ],
    [
      { sentences: 2.5, copyFormat: 'html', highlight: 'yes' },
      { sentences: 3, copyFormat: 'text', highlight: false },
    ],
    [{ sentences: 21 }, { sentences: 3, copyFormat: 'text', highlight: false }],
    [{ sentences: 7 }, { sentences: 7, copyFormat: 'text', highlight: false }],
  ])('sanitizes %j', (stored, expected) => {
    expect(sanitizeSettings(stored)).toEqual(expected);
  });

  it('falls back to defaults and keeps valid fields of corrupted storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { sentences: 5, copyFormat: 42 } });
    expect(await loadSettings()).toEqual({ sentences: 5, copyFormat: 'text', highlight: false });
  });

  it('saves a change without losing the other field', async () => {
    await saveSettings({ copyFormat: 'markdown' });
    await saveSettings({ sentences: 1 });
    expect(await loadSettings()).toEqual({ sentences: 1, copyFormat: 'markdown', highlight: false });
  });
});

describe('digestTab', () => {
  it('returns what the injected script returns', async () => {
    const tabId = await openTab('https://news.example/a');
    const spy = mockScripting({ ok: true, digest } satisfies PageDigest);
    expect(await digestTab(tabId)).toEqual({ ok: true, digest });
    expect(spy).toHaveBeenCalledWith({ target: { tabId }, files: ['/digest.js'], injectImmediately: true });
  });

  it('does not even try on browser pages', async () => {
    const tabId = await openTab('chrome://settings');
    const spy = mockScripting();
    const result = await digestTab(tabId);
    expect(result).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ['file:///home/me/page.html', 'Cannot access contents of url "file:///home/me/page.html"', 'file-access'],
    ['https://news.example/a', 'Frame with ID 0 was removed.', 'tab-gone'],
    ['https://news.example/a', 'Unexpected failure', 'failed'],
  ])('explains a refusal on %s', async (url, message, code) => {
    const tabId = await openTab(url);
    mockScripting(new Error(message));
    expect(await digestTab(tabId)).toMatchObject({ ok: false, error: { code } });
  });

  it('reports a closed tab', async () => {
    expect(await digestTab(9999)).toMatchObject({ ok: false, error: { code: 'tab-gone' } });
  });
});

describe('copy shortcut', () => {
  it('copies the digest in the saved format and confirms on the badge', async () => {
    const tabId = await openTab('https://news.example/a');
    await saveSettings({ copyFormat: 'markdown', sentences: 1 });
    const spy = mockScripting({ ok: true, digest }, true);
    expect(await copyDigestOfActiveTab()).toBe(true);
    const copyCall = spy.mock.calls[1]?.[0] as unknown as { args: [string, string, string] };
    expect(copyCall.args[0]).toContain('### [A headline](https://news.example/a)');
    // One sentence: the best-ranked one, which is the second of the article.
    expect(copyCall.args[0]).toContain('- Second.');
    expect(copyCall.args[0]).not.toContain('First.');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
  });

  it('shows why it cannot copy and leaves the clipboard alone', async () => {
    const tabId = await openTab('https://news.example/home');
    const spy = mockScripting(
      { ok: false, error: { code: 'no-article', message: 'No article found on this page.' } },
      false,
    );
    expect(await copyDigestOfActiveTab()).toBe(false);
    const toastCall = spy.mock.calls[1]?.[0] as unknown as { args: [string | null, string, string] };
    expect(toastCall.args[0]).toBeNull();
    expect(toastCall.args[2]).toContain('No article found');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('is wired to the copy-digest command', async () => {
    await openTab('https://news.example/a');
    const spy = mockScripting({ ok: true, digest }, true);
    let listener: ((command: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      listener = l as (command: string) => void;
    });
    background.main();
    listener?.('something-else');
    expect(spy).not.toHaveBeenCalled();
    listener?.('copy-digest');
    await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(2), { timeout: 5000 });
  });
});

describe('stored settings', () => {
  it('are saved with their version', async () => {
    await saveSettings({ sentences: 5 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      sentences: 5,
      copyFormat: 'text',
      highlight: false,
      version: SETTINGS_VERSION,
    });
  });

  it.each([
    [
      'a value from before versions',
      { sentences: 4, copyFormat: 'markdown' },
      { sentences: 4, copyFormat: 'markdown', highlight: false },
    ],
    [
      'a newer version',
      { version: 99, sentences: 2, highlight: true, theme: 'dark' },
      { sentences: 2, copyFormat: 'text', highlight: true },
    ],
    ['a broken value', 'not an object', DEFAULT_SETTINGS],
    ['nothing', undefined, DEFAULT_SETTINGS],
  ])('%s is read without losing valid fields', (_name, stored, expected) => {
    expect(migrateSettings(stored)).toEqual(expected);
  });
});
