import type { KeySentence } from '@/lib/types';

export interface KeySentencesProps {
  sentences: KeySentence[];
  /** Scrolls the page to a sentence; absent when the page cannot be reached. */
  onSelect?: (sentence: KeySentence) => void;
}

export function KeySentences({ sentences, onSelect }: KeySentencesProps) {
  if (sentences.length === 0) {
    return <p class="empty">No sentence of this article stands on its own as a key sentence.</p>;
  }
  return (
    <ol class="key-sentences">
      {sentences.map((s) => (
        <li key={s.index}>
          {onSelect ? (
            <button type="button" class="sentence" title="Show this sentence in the page" onClick={() => onSelect(s)}>
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
