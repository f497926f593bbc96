/**
 * What lib/ returns as codes and numbers, in the reader's words: one place for the popup, the
 * options page, the background and the CLI (which passes an English translator over the same
 * messages, scripts/shared/messages.ts). Each function takes the translator last, the browser's by
 * default.
 */
import type { Duration } from '@/lib/reading';
import type { Notice } from '@/lib/types';
import { type Translator, ui } from './i18n';

/** "5 min", "20 sec", "5 Min.": the unit as the language abbreviates it. */
export function durationText(d: Duration, tr: Translator = ui()): string {
  return new Intl.NumberFormat(tr.locale, { style: 'unit', unit: d.unit, unitDisplay: 'short' }).format(d.value);
}

export function noticeText(n: Notice, tr: Translator = ui()): string {
  return n.kind === 'short' ? tr.plural('noticeShort', n.words) : tr.t('noticeTruncated', n.words, n.totalWords);
}
