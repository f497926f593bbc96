import { describe, expect, it } from 'vitest';
import { contentWords, koreanStem } from '@/lib/summarize/words';

describe('Korean particles', () => {
  it.each([
    ['서울에서', '서울'],
    ['대통령은', '대통령'],
    ['삼성전자가', '삼성전자'],
    ['정부에서는', '정부'],
    ['나이', '나이'], // a two-syllable noun keeps its last syllable
    ['서울', '서울'],
  ])('%s → %s', (word, stem) => {
    expect(koreanStem(word)).toBe(stem);
  });

  it('matches a noun across sentences whatever particle it carries', () => {
    const a = contentWords('대통령은 서울에서 회담을 열었다.', 'ko');
    const b = contentWords('서울의 시민들은 대통령을 환영했다.', 'ko');
    expect(a.filter((w) => b.includes(w)).sort()).toEqual(['대통령', '서울']);
  });
});
