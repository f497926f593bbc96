// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { copyDigestOfActiveTab } from '../../entrypoints/background';
import type { Capture } from '../../entrypoints/shared/capture';
import { digestAndCopy, isCopyRequest } from '../../entrypoints/shared/copy-digest';
import { digestTab } from '../../entrypoints/shared/page';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateSettings,
  SETTINGS_VERSION,
  sanitizeSettings,
  saveSettings,
} from '../../entrypoints/shared/settings';

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
      { sentences: 5, copyFormat: 'markdown', highlight: true, openIn: 'popup' },
    ],
    [
      { sentences: 0, copyFormat: 'markdown' },
      { sentences: 3, copyFormat: 'markdown', highlight: false, openIn: 'popup' },
    ],
    [
      { sentences: 2.5, copyFormat: 'html', highlight: 'yes' },
      { sentences: 3, copyFormat: 'text', highlight: false, openIn: 'popup' },
    ],
    [{ sentences: 21 }, { sentences: 3, copyFormat: 'text', highlight: false, openIn: 'popup' }],
    [{ sentences: 7 }, { sentences: 7, copyFormat: 'text', highlight: false, openIn: 'popup' }],
    [{ openIn: 'panel' }, { ...DEFAULT_SETTINGS, openIn: 'panel' }],
    [{ openIn: 'sidebar' }, DEFAULT_SETTINGS],
  ])('sanitizes %j', (stored, expected) => {
    expect(sanitizeSettings(stored)).toEqual(expected);
  });

  it('falls back to defaults and keeps valid fields of corrupted storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { sentences: 5, copyFormat: 42 } });
    expect(await loadSettings()).toEqual({ sentences: 5, copyFormat: 'text', highlight: false, openIn: 'popup' });
  });

  it('saves a change without losing the other field', async () => {
    await saveSettings({ copyFormat: 'markdown' });
    await saveSettings({ sentences: 1 });
    expect(await loadSettings()).toEqual({ sentences: 1, copyFormat: 'markdown', highlight: false, openIn: 'popup' });
  });
});

/** What the injected script hands back for a page: its copy (see entrypoints/shared/capture.ts). */
const copyOf = (html: string, url = 'https://news.example/a'): Capture => ({
  ok: true,
  page: { html, url, hidden: 0 },
});

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'seed-blinken-china', 'source.html'), 'utf8');
const LINKS = `<html><body>${Array.from({ length: 40 }, (_, i) => `<p><a href="/s${i}">Story ${i} of the day</a></p>`).join('')}</body></html>`;

describe('digestTab', () => {
  it('digests, in the extension, the copy the injected script returns', async () => {
    const tabId = await openTab('https://news.example/a');
    const spy = mockScripting(copyOf(SEED));
    const result = await digestTab(tabId);
    expect(spy).toHaveBeenCalledWith({ target: { tabId }, files: ['/digest.js'], injectImmediately: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.digest.title).toContain('Blinken');
      expect(result.digest.ranked.length).toBeGreaterThan(3);
    }
  });

  it('passes on what the page said instead of a copy', async () => {
    const tabId = await openTab('https://news.example/a');
    const loading = { ok: false, error: { code: 'loading', reason: { kind: 'loading' } } } satisfies Capture;
    mockScripting(loading);
    expect(await digestTab(tabId)).toEqual(loading);
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

describe('copy shortcut (Chrome: offscreen document)', () => {
  /** The offscreen document, faked: it runs the same digest-and-copy, writing into `clipboard`. */
  function fakeOffscreen() {
    const clipboard: string[] = [];
    const offscreen = fakeBrowser.offscreen as unknown as Record<string, unknown>;
    offscreen.Reason = { CLIPBOARD: 'CLIPBOARD' };
    const create = vi.fn(async (_options: unknown) => undefined);
    const close = vi.fn(async () => undefined);
    offscreen.createDocument = create;
    offscreen.closeDocument = close;
    offscreen.hasDocument = vi.fn(async () => false);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
      isCopyRequest(message)
        ? digestAndCopy(message, async (text) => {
            clipboard.push(text);
          })
        : undefined) as never);
    return { clipboard, create, close, send };
  }

  it('copies the digest in the saved format from the offscreen document and confirms on the badge', async () => {
    const tabId = await openTab('https://news.example/a');
    await saveSettings({ copyFormat: 'markdown', sentences: 1 });
    const page = mockScripting(copyOf(SEED));
    const off = fakeOffscreen();
    expect(await copyDigestOfActiveTab()).toBe(true);
    // The page is asked for its copy only: nothing is injected to copy or to show a toast.
    expect(page).toHaveBeenCalledTimes(1);
    expect(off.create.mock.calls[0]?.[0]).toMatchObject({ reasons: ['CLIPBOARD'] });
    expect(off.close).toHaveBeenCalled();
    expect(off.clipboard).toHaveLength(1);
    expect(off.clipboard[0]).toMatch(/^### \[.*Blinken.*\]\(https:\/\/news\.example\/a\)/);
    expect(off.clipboard[0]?.split('\n').filter((l) => l.startsWith('- ') && !l.startsWith('- **'))).toHaveLength(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId })).toBe('Newsgist: digest copied as Markdown');
  });

  it('says why it cannot copy, on the badge, and leaves the clipboard alone', async () => {
    const tabId = await openTab('https://news.example/home');
    mockScripting(copyOf(LINKS, 'https://news.example/home'));
    const off = fakeOffscreen();
    expect(await copyDigestOfActiveTab()).toBe(false);
    expect(off.clipboard).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/^Newsgist: No article found/);
  });

  it('reports a refused clipboard as a failure, not as copied', async () => {
    const tabId = await openTab('https://news.example/a');
    mockScripting(copyOf(SEED));
    const off = fakeOffscreen();
    off.send.mockImplementation((async (message: unknown) =>
      isCopyRequest(message)
        ? digestAndCopy(message, () => Promise.reject(new Error('the browser refused the copy')))
        : undefined) as never);
    expect(await copyDigestOfActiveTab()).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('the browser refused the copy');
  });

  it('is wired to the copy-digest command', async () => {
    await openTab('https://news.example/a');
    const spy = mockScripting(copyOf(SEED));
    const off = fakeOffscreen();
    let listener: ((command: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((l) => {
      listener = l as (command: string) => void;
    });
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.action.onClicked, 'addListener').mockImplementation(() => undefined);
    background.main();
    listener?.('something-else');
    expect(spy).not.toHaveBeenCalled();
    listener?.('copy-digest');
    await vi.waitFor(() => expect(off.clipboard).toHaveLength(1), { timeout: 10_000 });
  });
});

describe('stored settings', () => {
  it('are saved with their version', async () => {
    await saveSettings({ sentences: 5 });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      sentences: 5,
      copyFormat: 'text',
      highlight: false,
      openIn: 'popup',
      version: SETTINGS_VERSION,
    });
  });

  it.each([
    [
      'a value from before versions',
      { sentences: 4, copyFormat: 'markdown' },
      { sentences: 4, copyFormat: 'markdown', highlight: false, openIn: 'popup' },
    ],
    [
      'a newer version',
      { version: 99, sentences: 2, highlight: true, theme: 'dark' },
      { sentences: 2, copyFormat: 'text', highlight: true, openIn: 'popup' },
    ],
    ['a broken value', 'not an object', DEFAULT_SETTINGS],
    ['nothing', undefined, DEFAULT_SETTINGS],
  ])('%s is read without losing valid fields', (_name, stored, expected) => {
    expect(migrateSettings(stored)).toEqual(expected);
  });
});
