/**
 * What lib/ and the glue return as codes and numbers, in the reader's words: one place for the
 * popup, the options page, the background and the CLI (which passes an English translator over
 * the same messages, scripts/shared/messages.ts). Each function takes the translator last, the
 * browser's by default.
 */
import type { CopyWords } from '@/lib/format';
import type { Duration } from '@/lib/reading';
import type { Language, Notice } from '@/lib/types';
import type { PageError } from './errors';
import { keyFor, type Translator, ui } from './i18n';

/** "20 s", "3 min": a short reading time. */
export function durationText(d: Duration, tr: Translator = ui()): string {
  return tr.t(d.unit === 'second' ? 'durationSeconds' : 'durationMinutes', d.value);
}

/** The words of a copied digest (lib/format.ts), in the reader's language. */
export function copyWords(tr: Translator = ui()): CopyWords {
  return {
    locale: tr.locale,
    readingTime: tr.t('readingTime', '$1'),
    officials: tr.t('copyOfficials'),
    officialsLabel: tr.t('copyOfficialsLabel'),
    untitled: tr.t('untitledArticle'),
  };
}

export function noticeText(n: Notice, tr: Translator = ui()): string {
  return n.kind === 'short' ? tr.plural('noticeShort', n.words) : tr.t('noticeTruncated', n.words, n.totalWords);
}

/** Why there is no digest (or no copy), in a sentence a reader can act on. */
export function reasonText(reason: PageError['reason'], tr: Translator = ui()): string {
  switch (reason.kind) {
    case 'no-sentence':
      return reason.total > reason.words
        ? tr.t('reasonNoSentencePart', reason.words, reason.total)
        : tr.plural('reasonNoSentence', reason.words);
    case 'selection-too-short':
      return tr.t('reason_selection_too_short', reason.words, reason.min);
    case 'selection-too-large':
      return tr.t('reason_selection_too_large', reason.chars, reason.limit);
    case 'crashed':
      return tr.t(keyFor('reason_crashed', reason.input), reason.detail);
    case 'too-large': {
      // Millions of characters, to one decimal.
      const millions = (chars: number) => Math.round(chars / 1e5) / 10;
      return tr.t(keyFor('reason', reason.kind), millions(reason.chars), millions(reason.limit));
    }
    default:
      return tr.t(keyFor('reason', reason.kind), 'detail' in reason ? reason.detail : '');
  }
}

/**
 * What the reader is told about the language a digest was read in: the line ("Read as Japanese
 * (the page's language): key sentences, reading time in characters.") and, for a language whose
 * people are not looked for, why the list of people is empty.
 */
export function languageReport(lang: Language, tr: Translator = ui()): { line: string; people: string | null } {
  let name = lang.code;
  try {
    name = new Intl.DisplayNames([tr.locale], { type: 'language' }).of(lang.code) ?? name;
  } catch {
    // A runtime without language names, or a code it does not know: the code itself.
  }
  // People are looked for in English only; reading time counts characters in Chinese and Japanese.
  const english = lang.code === 'en';
  const gets = tr.t(keyFor('languageGets', english ? 'officials' : lang.pace.unit));
  return {
    line: tr.t('languageLine', tr.t(keyFor('languageRead', lang.source), name), gets),
    people: english ? null : tr.t('peopleEnglishOnly'),
  };
}
