import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Translator, translator } from '../../entrypoints/shared/i18n';

/**
 * `chrome.i18n.getMessage` for Node (unit tests, and any script that prints what the extension
 * shows): reads entrypoints/public/_locales/<locale>/messages.json and fills placeholders the way
 * browsers do — `$name$` names a placeholder whose `content` is `$1`…`$9`, `$1` may also be written
 * in the message itself, and `$$` is a dollar sign.
 */
export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, Message>;

// A path, not a URL relative to this module: under happy-dom `URL` is the DOM's, not Node's.
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../entrypoints/public/_locales');

export function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
}

export function formatMessage(entry: Message | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const positional = (text: string) =>
    text.replace(/\$(\$|\d)/g, (_, n: string) => (n === '$' ? '$' : (substitutions[Number(n) - 1] ?? '')));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    return placeholder ? positional(placeholder[1].content) : whole;
  });
  return positional(named);
}

/** The messages every browser predefines, for the locales Newsgist has (none right to left). */
const PREDEFINED = (locale: string): Messages => ({
  '@@ui_locale': { message: locale.replace('-', '_') },
  '@@bidi_dir': { message: 'ltr' },
  '@@bidi_reversed_dir': { message: 'rtl' },
  '@@bidi_start_edge': { message: 'left' },
  '@@bidi_end_edge': { message: 'right' },
});

/** A `getMessage` over one locale's messages, as `browser.i18n.getMessage` behaves. */
export function messageGetter(locale = 'en'): (key: string, substitutions?: string | string[]) => string {
  const messages = { ...loadMessages(locale), ...PREDEFINED(locale) };
  return (key, substitutions) =>
    formatMessage(messages[key], typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
}

/**
 * The interface's English, for what runs in Node: the CLI says what the popup says, from the same
 * messages (one source of English). Dates are written day first ("18 June 2023"), as the CLI
 * always has; a browser writes them for its own UI language.
 */
export const english: Translator = translator(messageGetter('en'), 'en-GB');
