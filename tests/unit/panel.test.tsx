// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageDigest } from '../../entrypoints/shared/errors';
import type { PageLink } from '../../entrypoints/shared/page';
import { postRequest } from '../../entrypoints/shared/requests';
import { loadSettings, saveSettings } from '../../entrypoints/shared/settings';
import { linkTo, PanelApp, type Target } from '../../entrypoints/sidepanel/PanelApp';
import { digestText } from '../../lib/digest';
import type { Digest } from '../../lib/types';
import { browserSpeaks } from './i18n-stub';

/** A real digest, of a page titled `title`. */
function digestOf(title: string): Digest {
  const result = digestText(`The first sentence of ${title} is about the talks. The second one says more about them.`, {
    title,
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.digest;
}

/** The window of the panel, its tabs (a tab without a URL is one Newsgist may not read yet). */
async function openWindow(...urls: (string | undefined)[]): Promise<{ windowId: number; tabs: number[] }> {
  const window = await fakeBrowser.windows.create({ focused: true });
  const windowId = window?.id as number;
  const tabs: number[] = [];
  for (const url of urls) tabs.push((await fakeBrowser.tabs.create({ windowId, url, active: true })).id as number);
  await fakeBrowser.tabs.update(tabs[0], { active: true });
  return { windowId, tabs };
}

/** Each tab's page is titled after its id; `targets` records what the panel digested. */
function fakeLinks() {
  const targets: Target[] = [];
  const linkFor = (target: Target): PageLink => {
    targets.push(target);
    const title = target.selection ? target.selection.title : `Page of tab ${target.tabId}`;
    return {
      digest: () => Promise.resolve<PageDigest>({ ok: true, digest: digestOf(title) }),
      highlight: () => Promise.resolve({ ok: true, found: 1 }),
    };
  };
  return { linkFor, targets };
}

/** The background's request for the digest of `text`, selected in the page "Talks go on" of a tab. */
function postSelection(windowId: number, tabId: number, text: string, at: number): Promise<void> {
  const selection = { text, length: text.length, title: 'Talks go on', url: 'https://news.example/a' };
  return postRequest({ view: 'panel', windowId, tabId, selection, at });
}

const bar = () => document.querySelector('.panel-bar')?.textContent ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: '_execute_action', shortcut: 'Alt+Shift+G', description: '' },
  ] as never);
});
afterEach(cleanup);

describe('the side panel digests what the reader asks for', () => {
  it('the request that opened it', async () => {
    const { windowId, tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    await postRequest({ view: 'panel', windowId, tabId: tabs[0]!, at: Date.now() });
    const { linkFor, targets } = fakeLinks();
    render(<PanelApp linkFor={linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
    expect(targets.map((t) => t.tabId)).toEqual([tabs[0]]);
    expect(bar()).toBeNull();
    // It stays open beside the article: no "Open in a tab" as in the popup.
    expect(screen.queryByText('Open in a tab')).toBeNull();
  });

  it('without a request, the current tab if Newsgist may read it already', async () => {
    const { tabs } = await openWindow('https://news.example/a');
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
  });

  it('without a request, says how to ask when the tab has not been granted (its address is hidden)', async () => {
    await openWindow(undefined);
    await saveSettings({ openIn: 'panel' });
    const { linkFor, targets } = fakeLinks();
    render(<PanelApp linkFor={linkFor} />);
    await screen.findByRole('heading', { name: 'Newsgist reads a tab only when you ask' });
    await screen.findByText('To digest the article in this tab, press Alt+Shift+G or click the Newsgist button.');
    expect(targets).toEqual([]);
  });

  it('in popup mode, says the button opens the popup and offers to use the panel', async () => {
    await openWindow(undefined);
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use the side panel' }));
    await waitFor(async () => expect((await loadSettings()).openIn).toBe('panel'));
    await screen.findByText(/press Alt\+Shift\+G/);
  });

  it('follows each new request while open: the shortcut pressed on another tab', async () => {
    const { windowId, tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    await postRequest({ view: 'panel', windowId, tabId: tabs[1]!, at: Date.now() });
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[1]}` });
    expect(bar()).toBeNull();
  });

  it('a selection, saying it is not the whole page', async () => {
    const { windowId, tabs } = await openWindow('https://news.example/a');
    const text = 'Selected words.';
    await postSelection(windowId, tabs[0]!, text, Date.now());
    const { linkFor, targets } = fakeLinks();
    render(<PanelApp linkFor={linkFor} />);
    await screen.findByRole('heading', { level: 1, name: 'Talks go on' });
    expect(bar()).toBe('A digest of the text you selected in “Talks go on”, not of the whole page.');
    expect(targets[0]?.selection?.text).toBe(text);
  });
});

describe('the side panel never shows one page’s digest as another’s', () => {
  it('opened by "digest the selection", shows nothing of the page while the selection is read', async () => {
    const { windowId, tabs } = await openWindow('https://news.example/a');
    const asked = Date.now();
    await postRequest({ view: 'panel', windowId, tabId: tabs[0]!, awaiting: 'selection', at: asked });
    const { linkFor, targets } = fakeLinks();
    render(<PanelApp linkFor={linkFor} />);
    await waitFor(() => expect(document.body.textContent).toBe(''));
    await postSelection(windowId, tabs[0]!, 'Selected words.', asked + 1);
    await screen.findByRole('heading', { level: 1, name: 'Talks go on' });
    // The tab's page was never digested: only the selection.
    expect(targets.map((t) => Boolean(t.selection))).toEqual([true]);
  });

  async function panelOnFirstTab(openIn: 'popup' | 'panel' = 'panel') {
    const { tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    await saveSettings({ openIn });
    const links = fakeLinks();
    render(<PanelApp linkFor={links.linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
    return { tabs, ...links };
  }

  it('names the page when the reader switches tab, and offers to digest this one', async () => {
    const { tabs, targets } = await panelOnFirstTab();
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    await waitFor(() =>
      expect(bar()).toBe(
        `This digest is of “Page of tab ${tabs[0]}”, in another tab.Digest this tab or press Alt+Shift+G`,
      ),
    );
    await fakeBrowser.tabs.update(tabs[0], { active: true });
    await waitFor(() => expect(bar()).toBeNull());
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Digest this tab' }));
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[1]}` });
    expect(targets.map((t) => t.tabId)).toEqual([tabs[0], tabs[1]]);
    expect(bar()).toBeNull();
  });

  it('names no shortcut while the shortcut opens the popup', async () => {
    const { tabs } = await panelOnFirstTab('popup');
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    await waitFor(() =>
      expect(bar()).toBe(`This digest is of “Page of tab ${tabs[0]}”, in another tab.Digest this tab`),
    );
  });

  it('says so when the tab goes to another page, or reloads', async () => {
    const { tabs } = await panelOnFirstTab();
    await fakeBrowser.tabs.onUpdated.trigger(tabs[0]!, { url: 'https://news.example/a#comments' }, {} as never);
    expect(bar()).toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(tabs[0]!, { url: 'https://news.example/other' }, {} as never);
    await waitFor(() =>
      expect(bar()).toContain(`This digest is of “Page of tab ${tabs[0]}”, which this tab no longer shows.`),
    );
  });

  it('says so when the tab it was asked for goes to another page without loading (a site’s own navigation)', async () => {
    const { windowId, tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    await postRequest({ view: 'panel', windowId, tabId: tabs[0]!, at: Date.now() });
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
    await waitFor(async () => {
      await fakeBrowser.tabs.onUpdated.trigger(tabs[0]!, { url: 'https://news.example/next-story' }, {} as never);
      expect(bar()).toContain('which this tab no longer shows');
    });
  });

  it.each([['loading'], ['complete']] as const)('a status %s of its tab', async (status) => {
    const { tabs } = await panelOnFirstTab();
    await fakeBrowser.tabs.onUpdated.trigger(tabs[0]!, { status }, {} as never);
    if (status === 'loading') await waitFor(() => expect(bar()).toContain('which this tab no longer shows'));
    else expect(bar()).toBeNull();
  });

  it('says so when the tab is closed', async () => {
    const { tabs } = await panelOnFirstTab();
    await fakeBrowser.tabs.remove(tabs[0]!);
    await waitFor(() => expect(bar()).toContain(`This digest is of “Page of tab ${tabs[0]}”, whose tab was closed.`));
  });

  it('asks for the gesture when "Digest this tab" meets a tab Newsgist may not read yet', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const a = await fakeBrowser.tabs.create({ windowId: window?.id, url: 'https://news.example/a', active: true });
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${a.id}` });
    await fakeBrowser.tabs.create({ windowId: window?.id, active: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Digest this tab' }));
    await screen.findByRole('heading', { name: 'Newsgist reads a tab only when you ask' });
    expect(screen.queryByText(/The first sentence of Page of tab/)).toBeNull();
  });
});

describe('the side panel in the reader’s language', () => {
  it('names the page and offers this tab in French', async () => {
    browserSpeaks('fr');
    const { tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    await saveSettings({ openIn: 'panel' });
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { level: 1, name: `Page of tab ${tabs[0]}` });
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    await waitFor(() =>
      expect(bar()).toBe(
        `Cet essentiel est celui de « Page of tab ${tabs[0]} », dans un autre onglet.L’essentiel de cet onglet ou appuyez sur Alt+Shift+G`,
      ),
    );
  });

  it('says how to ask in German', async () => {
    browserSpeaks('de');
    await openWindow(undefined);
    render(<PanelApp linkFor={fakeLinks().linkFor} />);
    await screen.findByRole('heading', { name: 'Newsgist liest einen Tab nur, wenn Sie es wünschen' });
    expect(screen.getByRole('button', { name: 'Seitenleiste verwenden' })).toBeTruthy();
  });
});

describe('the panel’s link to a page', () => {
  it('brings the digest’s tab to the front when a key sentence is clicked', async () => {
    const { tabs } = await openWindow('https://news.example/a', 'https://news.example/b');
    await fakeBrowser.tabs.update(tabs[1], { active: true });
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'removeCSS').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, result: { ok: true, found: 1 }, documentId: 'd' },
    ] as never);
    const link = linkTo({ seq: 1, tabId: tabs[0]! });
    expect(await link.highlight({ kind: 'focus', text: 'A sentence.' })).toEqual({ ok: true, found: 1 });
    const [active] = await fakeBrowser.tabs.query({ active: true });
    expect(active?.id).toBe(tabs[0]);
  });
});
