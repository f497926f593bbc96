import { describe, expect, it } from 'vitest';
import { specificUnspaced } from '@/lib/summarize/names';

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
