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
    return <p class="empty">No sentence of this article stands on its own as a key sentence.</p>;
  }
  return (
    <ol class="key-sentences" lang={language?.code} dir={language?.rtl ? 'rtl' : 'auto'}>
      {sentences.map((s) => (
        <li key={s.index}>
          {onSelect ? (
            <button
              type="button"
              class="sentence"
              dir="auto"
              title="Show this sentence in the page"
              onClick={() => onSelect(s)}
            >
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
