import { browser } from 'wxt/browser';

/**
 * The interface's words, in the reader's language. Every string a reader sees in the popup, panel,
 * options, toast, context menu and manifest is a message in entrypoints/public/_locales/<locale>/
 * messages.json; English (`en`) is the default locale and is complete, and a unit test fails on a
 * message missing from any other locale. WXT types the keys from the English file
 * (.wxt/types/i18n.d.ts), so a misspelt key does not compile.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** The message `key` in the browser's UI language, with `$1`…`$9` placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String));
}
