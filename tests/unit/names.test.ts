import { describe, expect, it } from 'vitest';
import { monthNames, sentenceFeatures } from '@/lib/summarize/features';
import { specificKorean, specificUnspaced } from '@/lib/summarize/names';
import { WORD } from '@/lib/text/words';

describe('names and numbers where capitals do not mark names', () => {
  it.each([
    ['ja', 'マイケル・ファロン氏はGoogleの計画を支持した。'], // katakana name, Latin brand
    ['ja', '韓国の会社は部品を切り替えた。'], // 韓国: place suffix 国
    ['ja', '動物は２ヶ月ほど上陸しない。'], // full-width digit
    ['zh', '特朗普访问了北京市。'], // transliteration run, place suffix 市
    ['zh', '唐納德·特朗普在美國說。'],
  ])('%s: "%s" names or counts something', (lang, text) => {
    expect(specificUnspaced(text, lang)).toBeGreaterThan(0.1);
  });

  it.each([
    ['ja', '今日は雨が降った。'],
    ['zh', '这部小说很受欢迎。'],
    ['zh', '許多科學家認為需要新的技術。'],
    ['zh', '我們的朋友吉瑪（Zimmer）來了。'], // a gloss repeats the name before it
  ])('%s: "%s" names nothing', (lang, text) => {
    expect(specificUnspaced(text, lang)).toBe(0);
  });

  it('reads katakana as names in Japanese only', () => {
    expect(specificUnspaced('テレビ', 'zh')).toBe(0);
    expect(specificUnspaced('テレビ', 'ja')).toBe(1);
  });
});

describe('names behind an elided article', () => {
  it.each([
    ['fr', "Le ministre a visité l'Allemagne et la Pologne.", 2 / 8], // l'Allemagne counts
    ['fr', 'Il vient d’Ontario.', 1 / 3],
    ['it', "Il ministro è tornato dall'Italia.", 1 / 5],
    ['fr', "Le ministre a parlé d'argent.", 0], // a common noun stays one
  ])('%s: "%s" → %f', (lang, text, share) => {
    expect(sentenceFeatures({ text, index: 1, block: 1 }, lang).specific).toBeCloseTo(share, 5);
  });
});

describe('Korean names spelt as foreign words are transcribed', () => {
  const korean = (text: string) => specificKorean(text.match(WORD) ?? []);
  it.each([
    ['트럼프 대통령은 프랑스를 방문했다.', 2 / 4], // Trump, France
    ['마크 주커버그는 디즈니와 만났다.', 2 / 4], // not 주커버그: 그 is also the native "he, that"
    ['정부는 2035년까지 계획을 세웠다.', 1 / 4], // a number
    ['그 집은 매우 크다.', 0], // 크다 "big" is native
    ['아이들은 사랑스럽고 조용했다.', 0], // the suffix 스럽다
    ['정부는 새 계획을 발표했다.', 0],
  ])('"%s" → %f', (text, share) => {
    expect(korean(text)).toBeCloseTo(share, 5);
  });
});

describe('month names, which English capitalises and other languages do not', () => {
  it.each([
    ['fr', 'Le sommet a eu lieu en octobre dernier.', 1 / 8],
    ['es', 'La cumbre se celebró en octubre pasado.', 1 / 7],
    ['ru', 'Встреча прошла 3 октября.', 2 / 4], // the digit and the month after a day
    ['de', 'Der Gipfel fand im Oktober statt.', 1 / 6], // a German noun: only as a month
  ])('%s: "%s" counts its month', (lang, text, share) => {
    expect(sentenceFeatures({ text, index: 1, block: 1 }, lang).specific).toBeCloseTo(share, 5);
  });

  it('lists the runtime’s own names, none for a code it does not know', () => {
    expect(monthNames('fr')).toContain('août');
    expect(monthNames('ru')).toContain('октября');
    expect(monthNames('ru')).toContain('октябрь');
    expect(monthNames('tlh').size).toBe(0);
  });

  it('reads Arabic’s Syriac month names too, the first word of a two-word one', () => {
    expect(monthNames('ar')).toContain('أبريل');
    expect(monthNames('ar')).toContain('نيسان');
    expect(monthNames('ar')).toContain('تشرين');
    expect(monthNames('ar')).not.toContain('الأول'); // "the first"
    const text = 'أجريت قبالة السواحل المكسيكية ما بين شهري نيسان وحزيران.';
    expect(sentenceFeatures({ text, index: 1, block: 1 }, 'ar').specific).toBeCloseTo(1 / 9, 5);
  });
});
