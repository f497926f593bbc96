import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, loadMessages } from '../../scripts/shared/messages';

const LOCALES = readdirSync(new URL('../../entrypoints/public/_locales/', import.meta.url));
const english = loadMessages('en');
const placeholders = (text: string) =>
  [...text.matchAll(/\$[A-Za-z0-9_]+\$|\$\d/g)].map((m) => m[0].toLowerCase()).sort();

describe('interface messages', () => {
  it('has English and at least French, German and Spanish', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es']));
  });

  it('describes every English message for translators', () => {
    for (const [key, entry] of Object.entries(english)) expect(entry.description, key).toBeTruthy();
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English message, with the same placeholders, and nothing else`, () => {
      const messages = loadMessages(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(english)) {
        expect(messages[key]?.message.trim(), `${locale}/${key}`).toBeTruthy();
        expect(placeholders(messages[key]?.message ?? ''), `${locale}/${key}`).toEqual(placeholders(entry.message));
      }
    });
  }

  it("names the language of each locale's messages (dates and numbers are written for it)", () => {
    for (const locale of LOCALES) expect(loadMessages(locale).locale?.message, locale).toBe(locale.replace('_', '-'));
  });

  it('keeps the manifest strings within the store limits in every locale', () => {
    for (const locale of LOCALES) {
      const messages = loadMessages(locale);
      expect(messages.extName?.message.length ?? 0, locale).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length ?? 0, locale).toBeLessThanOrEqual(132);
    }
  });

  it('fills placeholders as browsers do', () => {
    const entry = { message: 'Copied $WHAT$ ($1) for $$5', placeholders: { what: { content: '$2' } } };
    expect(formatMessage(entry, ['a', 'b'])).toBe('Copied b (a) for $5');
    expect(formatMessage(undefined)).toBe('');
  });
});
