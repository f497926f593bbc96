// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsForm } from '../../components/OptionsForm';
import { App } from '../../entrypoints/popup/App';
import type { PageDigest, PageError } from '../../entrypoints/shared/errors';
import type { PageLink } from '../../entrypoints/shared/page';
import { DEFAULT_SETTINGS, saveSettings } from '../../entrypoints/shared/settings';
import { languageInfo } from '../../lib/language';
import type { Digest, Person } from '../../lib/types';
import { loadMessages } from '../../scripts/shared/messages';
import { browserSpeaks } from './i18n-stub';

/** The words of a text, lower-cased, placeholders left out. */
const wordsOf = (text: string) =>
  text
    .replace(/\$\w+\$|\$\d/g, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [];

/**
 * Words of the English interface that no French message uses ("copy", "sentences", "read"…):
 * one of them in the French popup is a string that did not go through the messages.
 */
const english = new Set(Object.values(loadMessages('en')).flatMap((m) => wordsOf(m.message)));
const french = new Set(Object.values(loadMessages('fr')).flatMap((m) => wordsOf(m.message)));
const ENGLISH_ONLY = new Set([...english].filter((w) => !french.has(w)));

/** Everything a reader sees or hears in the document: its text and its labels and tooltips. */
function shownText(): string {
  const attributes = Array.from(document.body.querySelectorAll('[title], [aria-label], [placeholder]'), (el) =>
    ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join(' '),
  );
  return [document.body.textContent ?? '', ...attributes].join(' ');
}

function englishLeft(): string[] {
  return [...new Set(wordsOf(shownText()).filter((w) => ENGLISH_ONLY.has(w)))];
}

// A French article, so that any English word on screen is the interface's.
const phrase = (i: number) => `La phrase numéro ${i} de l’article dit quelque chose d’important.`;
const person = (name: string, role: string | null, mentions: number): Person => ({
  name,
  role,
  official: role !== null,
  aliases: [],
  mentions,
  evidence: role && phrase(0),
});
const digest: Digest = {
  title: 'Blinken entame une rare visite en Chine',
  url: 'https://actu.example/blinken',
  siteName: 'Le Quotidien',
  byline: 'AFP',
  published: '2023-06-18',
  lang: 'en',
  // Read as English so that the popup lists people, as it does for English articles.
  language: languageInfo('en', 'page'),
  words: 1200,
  readingSize: 1200,
  ranked: [7, 0, 4, 12, 2].map((index) => ({ text: phrase(index), index })),
  people: [person('Antony Blinken', 'secrétaire d’État américain', 9), person('Robert Zhao', null, 1)],
  notices: [{ kind: 'short', words: 120 }],
};

function link(result: PageDigest, found?: number): () => Promise<{ link: PageLink; tabId: number }> {
  const page: PageLink = {
    digest: () => Promise.resolve(result),
    highlight: (op) => Promise.resolve({ ok: true, found: found ?? (op.kind === 'sentences' ? op.texts.length : 1) }),
  };
  return () => Promise.resolve({ link: page, tabId: 3 });
}

beforeEach(() => {
  fakeBrowser.reset();
  browserSpeaks('fr');
});
afterEach(cleanup);

describe('the interface in French', () => {
  it('knows English words to look for, and the check finds them', () => {
    expect(ENGLISH_ONLY).toContain('copy');
    expect(ENGLISH_ONLY).toContain('sentences');
    render(<p title="Show this sentence in the page">Copied as text</p>);
    expect(englishLeft()).toEqual(expect.arrayContaining(['copied', 'sentence', 'show']));
  });

  it('shows the popup with no English left: header, notices, controls, people, copy', async () => {
    await saveSettings({ highlight: true });
    render(<App connect={link({ ok: true, digest }, 1)} writeClipboard={() => Promise.resolve()} />);
    await screen.findByRole('heading', { level: 1, name: digest.title });
    // Dates and numbers are written the French way.
    expect(screen.getByText('Le Quotidien · AFP · 18 juin 2023')).toBeTruthy();
    expect(screen.getByText('5 min de lecture')).toBeTruthy();
    expect(screen.getByText('9 mentions', { exact: false })).toBeTruthy();
    expect(screen.getByText('1 mention', { exact: false })).toBeTruthy();
    expect(
      screen.getByText(
        'Lu en anglais (la langue de la page) : phrases clés, responsables cités et temps de lecture en mots.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Au choix'));
    fireEvent.click(screen.getByRole('button', { name: 'Copier le texte' }));
    await screen.findByText('Copié en texte');
    expect(englishLeft()).toEqual([]);
  });

  it('says why when the highlight finds fewer sentences, in French', async () => {
    await saveSettings({ highlight: true });
    render(<App connect={link({ ok: true, digest }, 1)} />);
    await screen.findByText(/Phrases clés trouvées dans la page : 1 sur 3/);
    expect(englishLeft()).toEqual([]);
  });

  it.each<PageError>([
    { code: 'no-article', reason: { kind: 'no-sentence', words: 5000, total: 60_000 } },
    { code: 'restricted', reason: { kind: 'pdf' } },
    { code: 'file-access', reason: { kind: 'file-access' } },
    { code: 'too-large', reason: { kind: 'too-large', chars: 17_250_000, limit: 16_000_000 } },
    { code: 'empty', reason: { kind: 'empty-page' } },
    { code: 'loading', reason: { kind: 'loading' } },
    { code: 'tab-gone', reason: { kind: 'no-tab' } },
  ])('words the $reason.kind state in French', async (error) => {
    render(<App connect={link({ ok: false, error })} />);
    await screen.findByRole('heading', { level: 1 });
    expect(englishLeft()).toEqual([]);
    if (error.reason.kind === 'too-large') expect(shownText()).toContain('17,3 millions');
    if (error.reason.kind === 'no-sentence') expect(shownText()).toMatch(/5\s000 premiers mots \(sur 60\s000\)/);
  });

  it('shows the options page with no English left', () => {
    render(
      <OptionsForm
        settings={DEFAULT_SETTINGS}
        shortcuts={[{ name: 'copy-digest', description: 'Copier l’essentiel de cette page', shortcut: '' }]}
        status=""
        pinned={false}
        onChange={vi.fn()}
        onOpenShortcuts={vi.fn()}
      />,
    );
    expect(screen.getByText('Copier l’essentiel de cette page :', { exact: false })).toBeTruthy();
    expect(screen.getByText('non défini').tagName).toBe('EM');
    expect(englishLeft()).toEqual([]);
  });

  it.each([
    ['en', 'en-GB', '18 June 2023', '5 min read'],
    ['en', 'en-US', 'June 18, 2023', '5 min read'],
    // A Chromium without the language's resources reports en-US with French messages (Debian's, --lang=fr).
    ['fr', 'en-US', '18 juin 2023', '5 min de lecture'],
    // A UI language Newsgist has no messages for: English messages, English dates.
    ['en', 'it', 'June 18, 2023', '5 min read'],
  ])('writes dates for the messages in use (%s messages, UI %s): %s', async (messages, ui, date, reading) => {
    browserSpeaks(messages, ui);
    render(<App connect={link({ ok: true, digest })} />);
    await screen.findByText(`Le Quotidien · AFP · ${date}`);
    expect(screen.getByText(reading)).toBeTruthy();
  });

  it('reads the digest in German and Spanish too, with their plural forms', async () => {
    for (const [locale, mentions, date] of [
      ['de', '9 Erwähnungen', '18. Juni 2023'],
      ['es', '9 menciones', '18 de junio de 2023'],
    ] as const) {
      browserSpeaks(locale);
      render(<App connect={link({ ok: true, digest })} />);
      await screen.findByText(mentions, { exact: false });
      await waitFor(() => expect(screen.getByText(`Le Quotidien · AFP · ${date}`)).toBeTruthy());
      cleanup();
    }
  });
});
