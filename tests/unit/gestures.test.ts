// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageDigest } from '../../entrypoints/shared/errors';
import { applyOpenIn, menuId, onActionClicked, onMenuClicked, parseMenuId } from '../../entrypoints/shared/gestures';
import { digestSelection } from '../../entrypoints/shared/read-page';
import {
  type DigestRequest,
  onRequest,
  postRequest,
  REQUEST_FRESH_MS,
  takeRequest,
} from '../../entrypoints/shared/requests';
import { connectToSelection } from '../../entrypoints/shared/selection';
import { reasonText } from '../../entrypoints/shared/wording';
import { MAX_SELECTION_CHARS } from '../../lib/selection';
import { wordsAsShown } from '../../lib/text/segmenter';

const WINDOW = 3;
const TAB = 11;

/** The browser calls the gestures need, recorded in the order they are made. */
function mockGestureApis() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args[0] ?? null)}`);
      return Promise.resolve();
    };
  vi.spyOn(fakeBrowser.action, 'setPopup').mockImplementation(record('setPopup') as never);
  vi.spyOn(fakeBrowser.action, 'openPopup').mockImplementation(record('openPopup') as never);
  vi.spyOn(fakeBrowser.sidePanel, 'open').mockImplementation(record('sidePanel.open') as never);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(record('menus.removeAll') as never);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((p: object) => {
    calls.push(`menus.create ${JSON.stringify(p)}`);
    return 1;
  }) as never);
  return calls;
}

function mockSelection(result: unknown) {
  const spy = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  if (result instanceof Error) spy.mockRejectedValue(result);
  else spy.mockResolvedValue([{ frameId: 0, result, documentId: 'd' }] as never);
  return spy;
}

async function waitForRequest(view: 'popup' | 'panel' = 'panel'): Promise<DigestRequest> {
  let request: DigestRequest | null = null;
  const name = `request-${view}-${WINDOW}`;
  await vi.waitFor(async () => {
    request = (await fakeBrowser.storage.session.get(name))[name] as DigestRequest;
    expect(request).toBeTruthy();
    expect(request?.awaiting).toBeUndefined();
  });
  return request as unknown as DigestRequest;
}

const PASSAGE = Array.from(
  { length: 6 },
  (_, i) => `Officials in the capital said on day ${i + 1} that the talks on the new trade agreement would go on.`,
).join('\n');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('requests handed from the background to a view', () => {
  it('are taken once, by their window', async () => {
    await postRequest({ view: 'panel', windowId: WINDOW, tabId: TAB, at: Date.now() });
    expect(await takeRequest('panel', WINDOW + 1)).toBeNull();
    expect(await takeRequest('panel', WINDOW)).toMatchObject({ windowId: WINDOW, tabId: TAB });
    expect(await takeRequest('panel', WINDOW)).toBeNull();
  });

  it('are not acted on when old or malformed', async () => {
    const at = 1_000_000;
    await postRequest({ view: 'panel', windowId: WINDOW, tabId: TAB, at });
    expect(await takeRequest('panel', WINDOW, at + REQUEST_FRESH_MS + 1)).toBeNull();
    await fakeBrowser.storage.session.set({
      [`request-panel-${WINDOW}`]: { view: 'panel', windowId: WINDOW, tabId: 'seven', at },
    });
    expect(await takeRequest('panel', WINDOW, at)).toBeNull();
  });

  it('reach a view that is open, once', async () => {
    const seen: DigestRequest[] = [];
    const stop = onRequest('panel', WINDOW, (r) => seen.push(r));
    await postRequest({ view: 'panel', windowId: WINDOW + 1, tabId: 1, at: Date.now() });
    await postRequest({ view: 'panel', windowId: WINDOW, tabId: TAB, at: Date.now() });
    await vi.waitFor(() => expect(seen.map((r) => r.tabId)).toEqual([TAB]));
    await vi.waitFor(async () => expect(await takeRequest('panel', WINDOW)).toBeNull());
    stop();
    await postRequest({ view: 'panel', windowId: WINDOW, tabId: TAB + 1, at: Date.now() });
    expect(seen).toHaveLength(1);
  });
});

describe('menu entries say where they open', () => {
  it.each([
    ['digest-selection@panel', { kind: 'selection', openIn: 'panel' }],
    ['digest-page@popup', { kind: 'page', openIn: 'popup' }],
    ['digest-page', null],
    ['digest-page@sidebar', null],
    ['other@panel', null],
    [7, null],
  ])('%s → %j', (id, parsed) => {
    expect(parseMenuId(id)).toEqual(parsed);
  });

  it.each(['popup', 'panel'] as const)('%s: the button and the two entries are set up for it', async (openIn) => {
    const calls = mockGestureApis();
    await applyOpenIn(openIn);
    expect(calls).toEqual([
      `setPopup ${JSON.stringify({ popup: openIn === 'popup' ? '/popup.html' : '' })}`,
      'menus.removeAll null',
      `menus.create ${JSON.stringify({ id: menuId('selection', openIn), title: 'Newsgist: digest the selection', contexts: ['selection'] })}`,
      `menus.create ${JSON.stringify({ id: menuId('page', openIn), title: 'Newsgist: digest this page', contexts: ['page'] })}`,
    ]);
  });
});

describe('gestures open the view at once, then hand it the request', () => {
  it('the button (no popup set) opens the side panel before anything is awaited', async () => {
    const calls = mockGestureApis();
    onActionClicked({ id: TAB, windowId: WINDOW });
    expect(calls).toEqual([`sidePanel.open ${JSON.stringify({ windowId: WINDOW })}`]);
    expect(await waitForRequest()).toMatchObject({ windowId: WINDOW, tabId: TAB });
  });

  it('"digest this page" opens the panel for the tab', async () => {
    const calls = mockGestureApis();
    onMenuClicked({ menuItemId: menuId('page', 'panel') }, { id: TAB, windowId: WINDOW });
    expect(calls).toEqual([`sidePanel.open ${JSON.stringify({ windowId: WINDOW })}`]);
    const request = await waitForRequest();
    expect(request.selection).toBeUndefined();
  });

  it('"digest this page" in popup mode opens the popup, which reads the active tab itself', async () => {
    const calls = mockGestureApis();
    onMenuClicked({ menuItemId: menuId('page', 'popup') }, { id: TAB, windowId: WINDOW });
    expect(calls).toEqual([`openPopup ${JSON.stringify({ windowId: WINDOW })}`]);
    expect(await takeRequest('panel', WINDOW)).toBeNull();
    expect(await takeRequest('popup', WINDOW)).toBeNull();
  });

  it('"digest the selection" opens the popup on the request, gives the button its popup back, and hands the selection with its line breaks', async () => {
    const calls = mockGestureApis();
    mockSelection({ text: PASSAGE, length: PASSAGE.length, title: 'Talks go on', url: 'https://news.example/t' });
    onMenuClicked(
      { menuItemId: menuId('selection', 'popup'), selectionText: PASSAGE.replace(/\n/g, ' ') },
      { id: TAB, windowId: WINDOW },
    );
    expect(calls.slice(0, 2)).toEqual([
      `setPopup ${JSON.stringify({ popup: `/popup.html?request=${WINDOW}` })}`,
      `openPopup ${JSON.stringify({ windowId: WINDOW })}`,
    ]);
    const request = await waitForRequest('popup');
    expect(request.selection).toEqual({
      text: PASSAGE,
      length: PASSAGE.length,
      title: 'Talks go on',
      url: 'https://news.example/t',
    });
    await vi.waitFor(() => expect(calls.at(-1)).toBe(`setPopup ${JSON.stringify({ popup: '/popup.html' })}`));
  });

  it('takes the menu’s copy of the selection where no script may run (a PDF, a frame)', async () => {
    mockGestureApis();
    mockSelection(new Error('Cannot access contents of the page'));
    onMenuClicked(
      {
        menuItemId: menuId('selection', 'panel'),
        selectionText: 'The selected words.',
        pageUrl: 'https://x.example/a.pdf',
      },
      { id: TAB, windowId: WINDOW, title: 'A report' },
    );
    expect((await waitForRequest()).selection).toEqual({
      text: 'The selected words.',
      length: 19,
      title: 'A report',
      url: 'https://x.example/a.pdf',
    });
  });

  it('ignores entries it does not know and tabs without a window', async () => {
    const calls = mockGestureApis();
    onMenuClicked({ menuItemId: 'someone-else' }, { id: TAB, windowId: WINDOW });
    onMenuClicked({ menuItemId: menuId('page', 'panel') }, undefined);
    onActionClicked({ id: TAB });
    expect(calls).toEqual([]);
  });
});

describe('the digest of a selection', () => {
  const selection = (text: string, length = text.length) => ({
    text,
    length,
    title: 'Talks go on',
    url: 'https://news.example/t',
  });

  it('digests a passage like an article, named after its page', () => {
    const result = digestSelection(selection(PASSAGE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.digest.title).toBe('Talks go on');
    expect(result.digest.url).toBe('https://news.example/t');
    expect(result.digest.ranked.length).toBeGreaterThan(0);
    for (const s of result.digest.ranked) expect(PASSAGE).toContain(s.text);
  });

  /** Why a selection has no digest, in the words the reader is told (English messages). */
  function refusal(result: PageDigest): string {
    if (result.ok) throw new Error('a digest, not a refusal');
    expect(result.error.code).toBe('selection');
    return reasonText(result.error.reason);
  }

  it.each([
    [
      'a few words',
      'Blinken arrives in Beijing.',
      'The selection is too short to digest: 4 of the 30 words a digest needs.',
    ],
    ['nothing but spaces', '  \n ', 'The selection is too short to digest: 0 of the 30 words a digest needs.'],
  ])('refuses %s, saying how many words it has and needs', (_name, text, message) => {
    expect(refusal(digestSelection(selection(text)))).toBe(message);
  });

  it('refuses a selection larger than it reads, with its size', () => {
    expect(refusal(digestSelection(selection(PASSAGE, MAX_SELECTION_CHARS + 1)))).toBe(
      'The selection is too large to digest: 1,000,001 characters, and Newsgist reads selections of up to 1,000,000. Select less, or digest the whole page.',
    );
  });

  it.each([
    ['English words', 'one two three', 3],
    ['Chinese, by ICU’s words', '外交部长周二表示', 4],
    ['nothing', ' ', 0],
  ])('counts %s', (_name, text, words) => {
    expect(wordsAsShown(text)).toBe(words);
  });
});

describe('the popup opened for a selection', () => {
  it('waits for the selection the background reads after opening it, and digests it', async () => {
    const connected = connectToSelection(WINDOW);
    const text = PASSAGE;
    await postRequest({
      view: 'popup',
      windowId: WINDOW,
      tabId: TAB,
      selection: { text, length: text.length, title: 'Talks go on', url: 'https://news.example/t' },
      at: Date.now(),
    });
    const { link, tabId } = await connected;
    expect(tabId).toBe(TAB);
    const result = await link.digest();
    expect(result.ok && result.digest.title).toBe('Talks go on');
  });

  it('takes a request already waiting, and not the side panel’s', async () => {
    await postRequest({ view: 'panel', windowId: WINDOW, tabId: TAB + 1, at: Date.now() });
    await postRequest({ view: 'popup', windowId: WINDOW, tabId: TAB, at: Date.now() });
    expect((await connectToSelection(WINDOW)).tabId).toBe(TAB);
  });

  it('says so when no selection arrives', async () => {
    vi.useFakeTimers();
    const connected = connectToSelection(WINDOW);
    const failed = expect(connected).rejects.toThrow(/the selected text did not arrive/);
    await vi.advanceTimersByTimeAsync(10_001);
    await failed;
    vi.useRealTimers();
  });
});
