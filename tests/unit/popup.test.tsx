// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LoadingView } from '../../components/StatusView';
import { App, requestedTabId } from '../../entrypoints/popup/App';
import type { PageDigest, PageError } from '../../entrypoints/shared/errors';
import type { HighlightOp } from '../../entrypoints/shared/highlight-in-page';
import type { PageLink } from '../../entrypoints/shared/page';
import { loadSettings, saveSettings } from '../../entrypoints/shared/settings';
import { languageInfo } from '../../lib/language';
import type { Digest } from '../../lib/types';

const sentence = (i: number) => `Sentence number ${i} of the article says something.`;

const digest: Digest = {
  title: 'Blinken begins rare China trip',
  url: 'https://news.example/blinken',
  siteName: 'The Daily',
  byline: 'AFP',
  published: '2023-06-18',
  lang: 'en',
  language: languageInfo('en', 'page'),
  words: 1200,
  readingSize: 1200,
  // Ranked best first; article order is by index.
  ranked: [7, 0, 4, 12, 2, 9, 15].map((index) => ({ text: sentence(index), index })),
  people: [
    {
      name: 'Antony Blinken',
      role: 'US Secretary of State',
      official: true,
      aliases: ['Mr Blinken'],
      mentions: 9,
      evidence: 'US Secretary of State Antony Blinken has begun meetings in Beijing.',
    },
    { name: 'Robert Zhao', role: null, official: false, aliases: [], mentions: 1, evidence: null },
  ],
  notices: [],
};

function fakeLink(results: PageDigest[] | PageDigest = { ok: true, digest }) {
  const queue = Array.isArray(results) ? [...results] : null;
  const ops: HighlightOp[] = [];
  const link: PageLink = {
    digest: vi.fn(() =>
      Promise.resolve(queue ? (queue.shift() ?? (results as PageDigest[])[0]!) : (results as PageDigest)),
    ),
    highlight: vi.fn((op: HighlightOp) => {
      ops.push(op);
      return Promise.resolve({ ok: true, found: op.kind === 'sentences' ? op.texts.length : 1 });
    }),
  };
  return { connect: () => Promise.resolve({ link, tabId: 7 }), link, ops };
}

const shown = () =>
  screen
    .queryAllByRole('listitem')
    .filter((li) => li.closest('.key-sentences'))
    .map((li) => li.textContent);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('requestedTabId', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['', null],
    ['?tabId=abc', null],
    ['?tabId=-1', null],
    ['?tabId=1.5', null],
  ])('%s → %s', (search, id) => {
    expect(requestedTabId(search)).toBe(id);
  });
});

describe('loading', () => {
  it('stays quiet when the digest is quick, then says it is reading', async () => {
    vi.useFakeTimers();
    render(<LoadingView delayMs={250} />);
    expect(screen.queryByText('Reading the article…')).toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(screen.getByText('Reading the article…')).toBeTruthy();
    vi.useRealTimers();
  });
});

describe('digest', () => {
  it('shows the header with reading times, key sentences in article order and officials first', async () => {
    render(<App connect={fakeLink().connect} />);
    await screen.findByRole('heading', { level: 1, name: digest.title });
    expect(screen.getByText('The Daily · AFP · June 18, 2023')).toBeTruthy();
    expect(screen.getByText('5 min read')).toBeTruthy();
    expect(screen.getByText(/min saved/)).toBeTruthy();
    expect(shown()).toEqual([sentence(0), sentence(4), sentence(7)]);
    expect(screen.getByRole('button', { name: 'Antony Blinken' })).toBeTruthy();
    expect(screen.getByText('— US Secretary of State')).toBeTruthy();
    expect(screen.getByText('Other people named')).toBeTruthy();
    expect(screen.getByText(/Quoted verbatim from the article/)).toBeTruthy();
  });

  it.each([
    ['tl;dr', [7]],
    ['Key points', [0, 4, 7]],
    ['Detailed', [0, 2, 4, 7, 12]],
  ])('%s changes the digest at once and is remembered', async (label, indexes) => {
    const { connect, link } = fakeLink();
    render(<App connect={connect} />);
    fireEvent.click(await screen.findByLabelText(label));
    expect(shown()).toEqual(indexes.map(sentence));
    expect(link.digest).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await loadSettings()).sentences).toBe(indexes.length));
  });

  it('takes a custom length, bounded by what the digest has', async () => {
    render(<App connect={fakeLink().connect} />);
    fireEvent.click(await screen.findByLabelText('Custom'));
    const input = screen.getByLabelText('Number of key sentences') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '6' } });
    expect(shown()).toHaveLength(6);
    fireEvent.input(input, { target: { value: '99' } });
    expect(shown()).toHaveLength(7);
  });

  it('opens with the remembered length', async () => {
    await saveSettings({ sentences: 1 });
    render(<App connect={fakeLink().connect} />);
    await screen.findByText(sentence(7));
    expect(shown()).toEqual([sentence(7)]);
  });

  it('lets the reader see the evidence sentence of a role', async () => {
    render(<App connect={fakeLink().connect} />);
    const summary = await screen.findByText('Where the article says so');
    expect(summary.closest('details')?.textContent).toContain('has begun meetings in Beijing');
  });

  it('shows notices and an honest note when nobody has an official role', async () => {
    const notices: Digest['notices'] = [
      { kind: 'short', words: 90 },
      { kind: 'truncated', words: 60000, totalWords: 250000 },
    ];
    render(
      <App connect={fakeLink({ ok: true, digest: { ...digest, people: [digest.people[1]!], notices } }).connect} />,
    );
    await screen.findByText(/very short article \(90 words\)/);
    expect(screen.queryByText(/not .*in English/)).toBeNull();
    expect(screen.getByText(/first 60,000 of 250,000 words/)).toBeTruthy();
    expect(screen.getByText('The article names no one with an official role.')).toBeTruthy();
  });
});

describe('articles in other languages', () => {
  const arabic: Digest = {
    ...digest,
    title: 'الوزير يستقيل',
    lang: 'ar',
    language: languageInfo('ar', 'page'),
    ranked: [{ text: 'قال الوزير يوم الثلاثاء إن المحادثات قد فشلت.', index: 0 }],
    people: [],
  };
  const chinese: Digest = {
    ...digest,
    title: '外交部长辞职',
    lang: null,
    language: languageInfo('zh', 'text'),
    words: 40,
    readingSize: 1020,
    ranked: [{ text: '外交部长周二表示，与工会的谈判已经失败，他将辞职。', index: 0 }],
    people: [],
  };

  it('says the language it read and what it got, and why there are no people', async () => {
    render(<App connect={fakeLink({ ok: true, digest: arabic }).connect} />);
    await screen.findByText("Read as Arabic (the page's language): key sentences, reading time in words.");
    expect(screen.getByText('People are recognised in English articles.')).toBeTruthy();
    expect(screen.queryByText(/names no officials/)).toBeNull();
  });

  it('shows right-to-left key sentences right to left, in their language', async () => {
    render(<App connect={fakeLink({ ok: true, digest: arabic }).connect} />);
    const sentence = await screen.findByText('قال الوزير يوم الثلاثاء إن المحادثات قد فشلت.');
    const list = sentence.closest('ol');
    expect(list?.getAttribute('dir')).toBe('rtl');
    expect(list?.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('dir')).toBe('auto');
  });

  it('counts reading time in characters for Chinese', async () => {
    render(<App connect={fakeLink({ ok: true, digest: chinese }).connect} />);
    // 1,020 characters at 255 a minute; the key sentence's 23 characters take about 5 seconds.
    await screen.findByText('4 min read');
    expect(screen.getByText(/digest 5 s/)).toBeTruthy();
    expect(
      screen.getByText(/Read as Chinese \(detected from the text\): key sentences, reading time in characters/),
    ).toBeTruthy();
  });
});

describe('in-page highlights', () => {
  it('marks the key sentences when switched on, follows the length, and clears when switched off', async () => {
    const { connect, ops } = fakeLink();
    render(<App connect={connect} />);
    fireEvent.click(await screen.findByLabelText('Highlight in page'));
    await waitFor(() =>
      expect(ops.at(-1)).toEqual({ kind: 'sentences', texts: [sentence(0), sentence(4), sentence(7)] }),
    );
    fireEvent.click(screen.getByLabelText('tl;dr'));
    await waitFor(() => expect(ops.at(-1)).toEqual({ kind: 'sentences', texts: [sentence(7)] }));
    fireEvent.click(screen.getByLabelText('Highlight in page'));
    await waitFor(() => expect(ops.at(-1)).toEqual({ kind: 'clear' }));
    expect((await loadSettings()).highlight).toBe(false);
  });

  it('scrolls the page to a key sentence that is clicked', async () => {
    const { connect, ops } = fakeLink();
    render(<App connect={connect} />);
    fireEvent.click(await screen.findByRole('button', { name: sentence(4) }));
    await waitFor(() => expect(ops.at(-1)).toEqual({ kind: 'focus', text: sentence(4) }));
  });

  it('highlights the mentions of an official that is clicked, and unmarks on a second click', async () => {
    const { connect, ops } = fakeLink();
    render(<App connect={connect} />);
    const name = await screen.findByRole('button', { name: 'Antony Blinken' });
    fireEvent.click(name);
    await waitFor(() => expect(ops.at(-1)).toEqual({ kind: 'people', forms: ['Antony Blinken', 'Mr Blinken'] }));
    expect(name.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(name);
    await waitFor(() => expect(ops.at(-1)).toEqual({ kind: 'people', forms: [] }));
    expect(name.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('copy', () => {
  it('copies in the chosen format, remembers the choice and confirms', async () => {
    const writeClipboard = vi.fn((_text: string) => Promise.resolve());
    render(<App connect={fakeLink().connect} writeClipboard={writeClipboard} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await screen.findByText('Copied as text');
    expect(writeClipboard.mock.calls[0]?.[0]).toContain(`• ${sentence(0)}`);
    fireEvent.click(screen.getByLabelText('Markdown'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Copied as Markdown');
    expect(writeClipboard.mock.calls[1]?.[0]).toContain(
      '### [Blinken begins rare China trip](https://news.example/blinken)',
    );
    await waitFor(async () => expect((await loadSettings()).copyFormat).toBe('markdown'));
  });

  it('says so when the clipboard refuses', async () => {
    render(
      <App connect={fakeLink().connect} writeClipboard={() => Promise.reject(new Error('Document is not focused.'))} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await screen.findByText('Could not copy: Document is not focused.');
  });
});

describe('states', () => {
  const error = (code: PageError['code'], detail = 'Explained.'): PageDigest => ({
    ok: false,
    error: { code, reason: { kind: 'unreadable', detail } },
  });

  it.each([
    ['no-article', 'No article found here', /news article/],
    ['restricted', 'This page cannot be read', /Switch to a tab/],
    ['file-access', 'File access is off', /Allow access to file URLs/],
    ['tab-gone', 'The page went away', /Open the article again/],
    ['empty', 'Nothing to summarize', /Open a page with an article/],
    ['failed', 'Something went wrong', /Reload the page/],
    ['too-large', 'This page is too large', /Save the article on its own/],
  ] as const)('%s: a heading, the reason and a next step', async (code, heading, next) => {
    render(<App connect={fakeLink(error(code, 'The reason, explained.')).connect} />);
    await screen.findByRole('heading', { name: heading });
    expect(screen.getByText('Newsgist could not read this page: The reason, explained.')).toBeTruthy();
    expect(screen.getByText(next)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' }) === null).toBe(code === 'restricted');
  });

  it('a selection that cannot be digested: says why and what to select, with no retry', async () => {
    const tooShort: PageDigest = {
      ok: false,
      error: { code: 'selection', reason: { kind: 'selection-too-short', words: 4, min: 30 } },
    };
    render(<App connect={fakeLink(tooShort).connect} />);
    await screen.findByRole('heading', { name: 'This selection cannot be digested' });
    expect(screen.getByText('The selection is too short to digest: 4 of the 30 words a digest needs.')).toBeTruthy();
    expect(screen.getByText(/Select a passage of the article/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers the extension settings when file access is off', async () => {
    const openTab = vi.fn();
    render(<App connect={fakeLink(error('file-access')).connect} openTab={openTab} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open extension settings' }));
    expect(openTab.mock.calls[0]?.[0]).toMatch(/^chrome:\/\/extensions\/\?id=/);
  });

  it('retries by itself once when the page is still loading', async () => {
    const { connect, link } = fakeLink([error('loading', 'Still loading.'), { ok: true, digest }]);
    render(<App connect={connect} />);
    await screen.findByRole('heading', { name: 'The page is still loading' });
    await screen.findByRole('heading', { level: 1, name: digest.title }, { timeout: 5000 });
    expect(link.digest).toHaveBeenCalledTimes(2);
  });

  it('retries on request', async () => {
    const { connect } = fakeLink([error('no-article'), { ok: true, digest }]);
    render(<App connect={connect} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: digest.title });
  });

  it('turns a crash of the page link into a message, never a blank popup', async () => {
    render(<App connect={() => Promise.reject(new Error('boom'))} />);
    await screen.findByText(/could not read this page: boom/);
  });
});
