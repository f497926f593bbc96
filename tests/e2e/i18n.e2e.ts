import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  type Browser,
  launchBrowser,
  popupForUrl,
  SCREENSHOTS,
  startServer,
  UI_TIMEOUT,
} from './harness';

/**
 * The popup in real Chromium started in another interface language (`--lang`): Chromium picks the
 * messages from entrypoints/public/_locales, and nothing of the English interface is left; the
 * longer French, German and Spanish words still fit the popup's width.
 */
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await startServer());
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(() => {
  server?.close();
});

/** Elements reaching past the right edge of the page's body (the popup hides horizontal overflow). */
function overflowing(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const edge = document.body.getBoundingClientRect().right;
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.getBoundingClientRect().right} > ${edge})`);
  });
}

async function seedPopup(b: Browser): Promise<Page> {
  const { popup } = await popupForUrl(b, `${origin}/seed-blinken-china/`);
  await popup.locator('.key-sentences li').first().waitFor({ timeout: UI_TIMEOUT });
  return popup;
}

describe.each([
  ['fr', 'Phrases clés', '18 juin 2023', 'Lu en anglais', 'Copier le texte', 'Paramètres de Newsgist'],
  ['de', 'Kernsätze', '18. Juni 2023', 'Gelesen als Englisch', 'Text kopieren', 'Newsgist-Einstellungen'],
  ['es', 'Frases clave', '18 de junio de 2023', 'Leído en inglés', 'Copiar texto', 'Configuración de Newsgist'],
])('Chromium with --lang=%s', (lang, keyHeading, date, read, copy, settings) => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchBrowser({ lang });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the popup in that language, dates included, within its width and accessible', async () => {
    const popup = await seedPopup(b);
    expect(await popup.getByRole('heading', { level: 2, name: keyHeading }).count()).toBe(1);
    expect(await popup.locator('.source').textContent()).toContain(date);
    expect(await popup.locator('.language').textContent()).toMatch(new RegExp(`^${read} `));
    expect(await popup.getByRole('button', { name: copy }).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    // The custom length shows its number field too: the widest row of controls.
    await popup.locator('.length label').last().click();
    await popup.locator('.custom-length').waitFor();
    expect(await overflowing(popup)).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('.length label').nth(1).click();
    await popup.screenshot({ path: join(SCREENSHOTS, `popup-${lang}.png`) });
    await popup.close();
  });

  it('shows no English word of the interface in the popup', async () => {
    const popup = await seedPopup(b);
    const text = await popup.evaluate(() => {
      // The article's own words (headline, sentences, names, roles, source) are English: leave them out.
      for (const el of document.querySelectorAll('#digest-title, .source, .key-sentences, .name, .role, blockquote'))
        el.remove();
      const labels = Array.from(document.querySelectorAll('[title], [aria-label]'), (el) =>
        [el.getAttribute('title'), el.getAttribute('aria-label')].join(' '),
      );
      return [document.body.textContent, ...labels].join(' ');
    });
    expect(text).not.toMatch(/\b(Key sentences|Named officials|Other people|Copy|Highlight|min read)\b/);
    expect(text).not.toMatch(/\b(Read as|saved|Open in a tab|Quoted verbatim|Where the article says so)\b/);
    await popup.close();
  });

  it('shows the options page in that language', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: settings }).waitFor({ timeout: UI_TIMEOUT });
    expect(await options.title()).toBe(settings);
    expect(await overflowing(options)).toEqual([]);
    await options.close();
  });
});
