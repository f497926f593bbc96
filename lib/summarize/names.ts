/**
 * Names and numbers in Japanese, Chinese and Korean, whose scripts have no capitals: the `specific` feature (features.ts) is the share of a sentence's words that name
 * or count something, and news leads are made of them. Each rule reads the script or the grammar
 * of the language, with no list of names: a word is specific when
 * - it holds a digit, or is written in Latin letters inside Japanese or Chinese text (brands,
 *   acronyms, foreign names: Google, BBC), unless it glosses in parentheses a name just written
 *   (吉瑪（Zimmer）), which would count the name twice;
 * - Japanese: it is written in katakana, the script of foreign names (マイケル・ファロン) and of
 *   loanwords, which are often the names of things;
 * - Chinese and Japanese: it ends in a suffix of place names (美國, 安大略省, 韓国);
 * - Chinese: it is a run of characters that Chinese uses to transliterate foreign sounds (特朗普,
 *   索爾海姆), which ICU's dictionary does not know as a word and splits one character at a time;
 * - Korean (see specificKorean): it holds a digit or a capital after the first word, or it is
 *   spelt as a foreign word is transcribed.
 */
import { segmenterFor } from '../text/segmenter';
import { koreanStem } from './words';

/** A word with a digit of any script (2035, ２ヶ月) or starting with a Latin letter. */
const NUMBER_OR_LATIN = /\p{N}|^[A-Za-z]/u;

const KATAKANA_WORD = /^[ァ-ヺー]+$/u;

/** Chinese and Japanese: country, province, city, state, county or prefecture, island. */
const HAN_PLACE = /^\p{Script=Han}+[國国省市州縣县県島岛]$/u;

/**
 * Characters of the standard transliteration of foreign names into Chinese (simplified and
 * traditional forms), the commonest of the Xinhua table. Many also occur in ordinary words,
 * so only a run of two or more that ICU left as single characters counts.
 */
const TRANSLITERATION =
  /^[阿埃艾安奥澳巴拜班邦贝貝比彼宾賓波伯博布达達戴丹德唐迪蒂杜厄恩菲费費芬弗福盖蓋戈格哈赫亨霍基吉贾賈杰傑捷卡凯凱坎科克肯库庫拉莱萊兰蘭朗劳勞雷黎里莉列琳卢盧鲁魯伦倫罗羅洛马馬麦麥曼梅蒙米摩莫默姆穆纳納娜奈尼纽紐诺諾欧歐帕佩皮珀普奇齐齊乔喬琼瓊萨薩塞桑瑟森莎施什舒斯苏蘇索塔泰坦汤湯特提托瓦旺威韦韋维維温溫沃乌烏西希锡錫谢謝辛雅亚亞扬揚耶伊尤约約詹兹茲佐尔爾茨迈邁]$/u;

/** Whether `a` and `b` are transliteration characters left alone by ICU that touch (no mark between). */
const touching = (a: Intl.SegmentData | undefined, b: Intl.SegmentData | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  TRANSLITERATION.test(a.segment) &&
  TRANSLITERATION.test(b.segment) &&
  a.index + a.segment.length === b.index;

/** A gloss in parentheses, such as the original spelling after a transliteration. */
const GLOSS = /[（(][^（()）]*[）)]/gu;

/** Share of the words of `text` (ICU's dictionary words) that are specific in `lang` (ja, zh…). */
export function specificUnspaced(text: string, lang: string): number {
  const words = [...segmenterFor(lang, 'word').segment(text.replace(GLOSS, ''))].filter((s) => s.isWordLike);
  if (words.length === 0) return 0;
  let specific = 0;
  words.forEach((w, k) => {
    const s = w.segment;
    if (
      NUMBER_OR_LATIN.test(s) ||
      (lang === 'ja' && KATAKANA_WORD.test(s)) ||
      ((lang === 'zh' || lang === 'ja') && HAN_PLACE.test(s)) ||
      (lang === 'zh' && (touching(words[k - 1], w) || touching(w, words[k + 1])))
    )
      specific++;
  });
  return specific / words.length;
}

/**
 * Korean writes foreign names and loanwords in Hangul, transcribing a consonant that has no vowel
 * after it in the source word with the vowel ㅡ: Trump 트럼프, France 프랑스, Disney 디즈니.
 * Native words seldom hold these syllables (스 트 크 프 즈 츠); the exceptions of any weight are
 * 크다 "big" (크게, 크기) and the adjective suffix 스럽다 (사랑스럽고), left out. Not 그 (Zuckerberg
 * 주커버그), which is also the native "he, that".
 */
const TRANSCRIBED = /[스트크프즈츠]/u;
const NATIVE = /^크[다게기고지]|스러|스럽/u;

/** Share of Korean `words` that are numbers or names (see TRANSCRIBED). */
export function specificKorean(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let specific = 0;
  words.forEach((w, k) => {
    const stem = koreanStem(w);
    if (/\d/.test(w) || (k > 0 && /^\p{Lu}/u.test(w)) || (TRANSCRIBED.test(stem) && !NATIVE.test(stem))) specific++;
  });
  return specific / words.length;
}
