import { describe, expect, it } from 'vitest';
import { rankSentences } from '@/lib/summarize';
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

describe('Korean sentence length', () => {
  // Length alone decides: every other weight is off.
  const onlyLength = {
    position: 0,
    centrality: 0,
    firstPhrase: 0,
    topic: 0,
    specificity: 0,
    quote: 0,
    attribution: 0,
    personal: 0,
    redundancy: 0,
    length: 1,
  };
  const first = (texts: string[], lang: string) =>
    rankSentences(
      texts.map((text, index) => ({ text, index, block: 0 })),
      { limit: 1, weights: onlyLength, lang },
    )[0]?.text;

  it('holds a Korean sentence to fewer words than an English one (a word carries its particles)', () => {
    const eleven = '정부는 오늘 서울에서 새로운 교통 계획을 발표하고 시민들의 의견을 듣겠다고 밝혔다.';
    const sixteen =
      '부산시는 지난주 해안 지역의 오래된 다리를 고치기 위해 예산을 들여 공사를 시작했으며 내년 봄까지 끝낼 예정이다.';
    expect(first([sixteen, eleven], 'ko')).toBe(eleven);
  });

  it('keeps English at its own ideal length', () => {
    const eleven = 'The government announced a new transport plan for the capital on Monday morning.';
    const sixteen =
      'The city council started work last week on repairing the old bridge along the coast, finishing next spring.';
    expect(first([eleven, sixteen], 'en')).toBe(sixteen);
  });
});
