import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageGetter } from '../../scripts/shared/messages';

/**
 * fake-browser does not implement i18n: this gives it the messages of `locale` and a UI language
 * (by default the same), as a browser whose interface is in that language (English for every
 * test, see setup-i18n.ts; a test may switch to another locale).
 */
export function browserSpeaks(locale: string, uiLanguage = locale): void {
  fakeBrowser.i18n.getMessage = messageGetter(locale) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
