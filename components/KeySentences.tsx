import { t } from '@/entrypoints/shared/i18n';
import type { KeySentence, Language } from '@/lib/types';

export interface KeySentencesProps {
  sentences: KeySentence[];
  /** The article's language: its code for the browser's fonts and hyphenation, its direction. */
  language?: Pick<Language, 'code' | 'rtl'>;
  /** Scrolls the page to a sentence; absent when the page cannot be reached. */
  onSelect?: (sentence: KeySentence) => void;
}

export function KeySentences({ sentences, language, onSelect }: KeySentencesProps) {
  if (sentences.length === 0) {
    return <p class="empty">{t('keySentencesNone')}</p>;
  }
  return (
    <ol class="key-sentences" lang={language?.code} dir={language?.rtl ? 'rtl' : 'auto'}>
      {sentences.map((s) => (
        <li key={s.index}>
          {onSelect ? (
            <button type="button" class="sentence" dir="auto" title={t('keySentenceShow')} onClick={() => onSelect(s)}>
              {s.text}
            </button>
          ) : (
            s.text
          )}
        </li>
      ))}
    </ol>
  );
}
