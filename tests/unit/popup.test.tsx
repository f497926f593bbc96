// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, requestedTabId } from '../../entrypoints/popup/App';
import { saveSettings } from '../../entrypoints/shared/settings';
import type { Digest, PageDigest } from '../../lib/types';

const digest: Digest = {
  title: 'Blinken begins rare China trip',
  url: 'https://news.example/blinken',
  siteName: 'The Daily',
  byline: 'AFP',
  published: '2023-06-18',
  lang: 'en',
  words: 520,
  ranked: [
    { text: 'Third key sentence.', index: 9 },
    { text: 'First key sentence.', index: 0 },
    { text: 'Second key sentence.', index: 4 },
    { text: 'Fourth key sentence.', index: 12 },
  ],
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

const ok =
  (d: Digest = digest): (() => Promise<PageDigest>) =>
  () =>
    Promise.resolve({ ok: true, digest: d });

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

describe('popup', () => {
  it('shows a loading state, then the digest: header, key sentences in article order, officials', async () => {
    let resolve: (r: PageDigest) => void = () => undefined;
    render(<App load={() => new Promise((r) => (resolve = r))} />);
    expect(screen.getByText('Reading the article…')).toBeTruthy();
    resolve({ ok: true, digest });
    await screen.findByRole('heading', { level: 1, name: digest.title });
    expect(screen.getByText('The Daily · AFP · 18 June 2023')).toBeTruthy();
    expect(screen.getByText(/2 min read · 520 words/)).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items.slice(0, 3)).toEqual(['First key sentence.', 'Second key sentence.', 'Third key sentence.']);
    expect(screen.getByText('Antony Blinken')).toBeTruthy();
    expect(screen.getByText('— US Secretary of State')).toBeTruthy();
    expect(screen.getByText('Other people named')).toBeTruthy();
    expect(screen.getByText(/verbatim/)).toBeTruthy();
  });

  it('shows as many sentences as the saved setting', async () => {
    await saveSettings({ sentences: 1 });
    render(<App load={ok()} />);
    await screen.findByText('Third key sentence.');
    expect(screen.queryByText('First key sentence.')).toBeNull();
  });

  it('lets the reader see the evidence sentence of a role', async () => {
    render(<App load={ok()} />);
    const summary = await screen.findByText('Where the article says so');
    expect(summary.closest('details')?.textContent).toContain('has begun meetings in Beijing');
  });

  it.each(['text', 'markdown'] as const)('copies as %s and confirms', async (format) => {
    const writeClipboard = vi.fn(() => Promise.resolve());
    render(<App load={ok()} writeClipboard={writeClipboard} />);
    fireEvent.click(await screen.findByRole('button', { name: format === 'text' ? 'Copy text' : 'Copy Markdown' }));
    await screen.findByText(`Copied as ${format === 'text' ? 'text' : 'Markdown'}`);
    const copied = writeClipboard.mock.calls[0] as unknown as [string];
    expect(copied[0]).toContain(format === 'text' ? '• First key sentence.' : '### [Blinken begins rare China trip]');
  });

  it('says so when the clipboard refuses', async () => {
    render(<App load={ok()} writeClipboard={() => Promise.reject(new Error('Document is not focused.'))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy text' }));
    await screen.findByText('Could not copy: Document is not focused.');
  });

  it('explains an error and retries on request', async () => {
    const load = vi
      .fn<() => Promise<PageDigest>>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'no-article', message: 'No article found on this page.' } })
      .mockResolvedValueOnce({ ok: true, digest });
    render(<App load={load} />);
    await screen.findByRole('heading', { name: 'No article found here' });
    expect(screen.getByText('No article found on this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: digest.title });
  });

  it('turns a crash of the loader into a message, never a blank popup', async () => {
    render(<App load={() => Promise.reject(new Error('boom'))} />);
    await screen.findByText(/could not read this page: boom/);
  });

  it('shows notices and an honest note when no official is named', async () => {
    render(<App load={ok({ ...digest, people: [], notices: [{ kind: 'short', words: 90 }] })} />);
    await screen.findByText(/very short article \(90 words\)/);
    expect(screen.getByText('The article names no official with a role.')).toBeTruthy();
  });
});
