import { browser } from 'wxt/browser';

/**
 * The interface's words, in the reader's language. Every string a reader sees in the popup, panel,
 * options, toast, context menu and manifest is a message in entrypoints/public/_locales/<locale>/
 * messages.json; English (`en`) is the default locale and is complete, and a unit test fails on a
 * message missing from any other locale. WXT types the keys from the English file
 * (.wxt/types/i18n.d.ts), so a misspelt key does not compile.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * A message with one form per plural category, `<base>_one` and `<base>_other`: the two that
 * English, French, German and Spanish need (French counts 0 as "one", as its readers do).
 */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

type Substitution = string | number;

/** "no-article" → "no_article": a code as it ends a message key. */
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/**
 * The key of the message for a code, `<family>_<code>` ("state", "no-article" → "state_no_article"):
 * families of messages indexed by a code need no table (the popup's size budget is tight). Typed,
 * so a code without its message does not compile.
 */
export function keyFor<F extends string, C extends string>(family: F, code: C): `${F}_${Snake<C>}` {
  return `${family}_${code.replace(/-/g, '_')}` as `${F}_${Snake<C>}`;
}

/** Messages of one language, with its numbers and plural rules. */
export interface Translator {
  /** The interface language's tag ("fr", "en-US"): numbers and dates are written for it. */
  readonly locale: string;
  /** The message `key`, `$1`…`$9` filled in order; numbers are written the language's way. */
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  /** The form of `<base>_one` / `<base>_other` for `count`; `$1` is `count` unless substitutions are given. */
  plural(base: PluralBase, count: number, ...substitutions: Substitution[]): string;
}

/** A translator over any `getMessage` (the browser's, or scripts/shared/messages.ts in Node). */
export function translator(
  getMessage: (key: MessageKey, substitutions: string[]) => string,
  locale: string,
): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const t = (key: MessageKey, ...subs: Substitution[]) =>
    getMessage(
      key,
      subs.map((s) => (typeof s === 'number' ? numbers.format(s) : s)),
    );
  return {
    locale,
    t,
    plural: (base, count, ...subs) =>
      t(`${base}_${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, ...(subs.length ? subs : [count])),
  };
}

let current: Translator | undefined;

/**
 * The browser's messages, and the language they are in for dates and numbers: the UI language
 * when the messages are in it (or in its main language: en-GB reads the en messages), else the
 * messages' own language: an Italian UI reads English messages with English numbers, and a
 * Chromium without the language's own resources (Debian's without chromium-l10n, started with
 * --lang=fr) reads French messages with French numbers although it reports en-US.
 */
export function ui(): Translator {
  const uiLanguage = browser.i18n.getUILanguage();
  const messages = browser.i18n.getMessage('locale');
  const locale = uiLanguage.startsWith(messages) ? uiLanguage : messages;
  if (current?.locale !== locale) current = translator((key, subs) => browser.i18n.getMessage(key, subs), locale);
  return current;
}

/** The message `key` in the browser's UI language, with `$1`…`$9` placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return ui().t(key, ...substitutions);
}

/** The plural form of `<base>` for `count` in the browser's UI language (see Translator.plural). */
export function plural(base: PluralBase, count: number, ...substitutions: Substitution[]): string {
  return ui().plural(base, count, ...substitutions);
}

/** An extension page in the interface language: its `lang` for fonts and screen readers, its direction. */
export function localizePage(root: HTMLElement = document.documentElement): void {
  root.lang = ui().locale;
  root.dir = browser.i18n.getMessage('@@bidi_dir');
}
