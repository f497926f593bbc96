import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../lib/language';

const repeat = (s: string, n = 6) => Array.from({ length: n }, () => s).join(' ');

describe('guessLanguage', () => {
  it.each([
    [
      'English news',
      repeat('The minister said on Tuesday that the talks with the union had failed and that he would resign.'),
      null,
      true,
      null,
    ],
    [
      'English despite a wrong declared tag',
      repeat('The house where he was born will be turned into a police station, the minister said.'),
      'de',
      true,
      null,
    ],
    [
      'German',
      repeat(
        'Das Haus, in dem er geboren wurde, wird zu einer Polizeistation umgebaut, sagte der Minister am Dienstag.',
      ),
      'de',
      false,
      'de',
    ],
    [
      'Spanish',
      repeat('El ministro dijo el martes que las conversaciones con el sindicato habían fracasado y que dimitiría.'),
      'es-ES',
      false,
      'es-ES',
    ],
    [
      'Russian',
      repeat('Министр заявил во вторник, что переговоры с профсоюзом провалились и что он уйдет в отставку.'),
      null,
      false,
      null,
    ],
    ['Chinese', repeat('外交部长周二表示，与工会的谈判已经失败，他将辞职。这是一个重要的决定。'), 'zh', false, 'zh'],
    ['too short to tell', 'Das Haus wird umgebaut.', 'de', true, null],
    ['empty', '', null, true, null],
  ])('%s', (_name, text, declared, english, lang) => {
    expect(guessLanguage(text, declared)).toEqual({ english, lang });
  });
});
