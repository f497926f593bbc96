import { describe, expect, it } from 'vitest';
import { languageReport } from '../../entrypoints/shared/wording';
import { detectLanguage, primaryTag } from '../../lib/language';
import { english } from '../../scripts/shared/messages';

const repeat = (s: string, n = 6) => Array.from({ length: n }, () => s).join(' ');

const EN = repeat('The minister said on Tuesday that the talks with the union had failed and that he would resign.');
const DE = repeat(
  'Das Haus, in dem er geboren wurde, wird zu einer Polizeistation umgebaut, sagte der Minister am Dienstag.',
);
const ES = repeat(
  'El ministro dijo el martes que las conversaciones con el sindicato habían fracasado y que dimitiría.',
);
const FR = repeat(
  "Le ministre a déclaré mardi que les négociations avec le syndicat avaient échoué et qu'il allait démissionner.",
);
const RU = repeat('Министр заявил во вторник, что переговоры с профсоюзом провалились и что он уйдет в отставку.');
const ZH = repeat('外交部长周二表示，与工会的谈判已经失败，他将辞职。这是一个重要的决定。');
const JA = repeat('大臣は火曜日、組合との交渉が失敗したので辞任すると述べた。これは重要な決定だ。');
const KO = repeat('장관은 화요일 노조와의 협상이 실패했으며 사임하겠다고 말했다. 이것은 중요한 결정이다.');
const AR = repeat('قال الوزير يوم الثلاثاء إن المحادثات مع النقابة قد فشلت وإنه سيستقيل من منصبه.');
const HE = repeat('השר אמר ביום שלישי כי השיחות עם האיגוד נכשלו וכי הוא יתפטר מתפקידו.');

describe('detectLanguage', () => {
  it.each([
    ['English, no tag', EN, null, 'en', 'text'],
    ['English despite a wrong declared tag', EN, 'de', 'en', 'text'],
    ['German, tagged', DE, 'de', 'de', 'page'],
    ['German, untagged', DE, null, 'de', 'text'],
    ['Spanish with a region (es-ES)', ES, 'es-ES', 'es', 'page'],
    ['French from og:locale (fr_FR)', FR, 'fr_FR', 'fr', 'page'],
    ['Russian, untagged', RU, null, 'ru', 'text'],
    ['Russian under a template tag "en"', RU, 'en', 'ru', 'text'],
    ['Chinese, tagged zh-Hant', ZH, 'zh-Hant', 'zh', 'page'],
    ['Japanese: kana among the Han', JA, null, 'ja', 'text'],
    ['Japanese under a wrong "zh" tag', JA, 'zh', 'ja', 'text'],
    ['Korean', KO, null, 'ko', 'text'],
    ['Arabic', AR, null, 'ar', 'text'],
    ['Hebrew', HE, 'he-IL', 'he', 'page'],
    ['too short to tell, tagged: the tag', 'Das Haus wird umgebaut.', 'de', 'de', 'page'],
    ['a few words: a guess, not sure enough to overrule a tag', 'Das Haus wird umgebaut.', null, 'de', 'text'],
    ['nothing to tell by, untagged: English assumed', 'Zebra 12.', null, 'en', 'default'],
    ['empty', '', null, 'en', 'default'],
  ])('%s', (_name, text, declared, code, source) => {
    const lang = detectLanguage(text, declared);
    expect({ code: lang.code, source: lang.source }).toEqual({ code, source });
  });

  it('knows which languages are written right to left and which count characters', () => {
    expect(detectLanguage(AR, null)).toMatchObject({ name: 'Arabic', rtl: true, spaced: true, stopwords: true });
    expect(detectLanguage(HE, 'he')).toMatchObject({ rtl: true });
    expect(detectLanguage(ZH, 'zh')).toMatchObject({
      name: 'Chinese',
      rtl: false,
      spaced: false,
      pace: { unit: 'character', perMinute: 255 },
    });
    expect(detectLanguage(JA, null).pace).toEqual({ unit: 'character', perMinute: 357 });
    expect(detectLanguage(EN, null).pace).toEqual({ unit: 'word', perMinute: 230 });
  });

  it('takes a declared language Newsgist has no word list for when the script fits', () => {
    const italianTagged = detectLanguage(repeat('Il ministro ha detto martedì che i colloqui sono falliti.'), 'it');
    expect(italianTagged.code).toBe('it');
    const czech = detectLanguage(repeat('Ministr v úterý řekl, že jednání s odbory selhala.'), 'cs');
    expect(czech).toMatchObject({ code: 'cs', source: 'page', stopwords: false, name: 'Czech' });
  });
});

describe('primaryTag', () => {
  it.each([
    ['en-GB', 'en'],
    ['pt_BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    [' DE ', 'de'],
    ['und', null],
    ['', null],
    ['english', null],
    [null, null],
  ])('%s → %s', (tag, code) => {
    expect(primaryTag(tag)).toBe(code);
  });
});

describe('languageReport', () => {
  it('says what each language gets', () => {
    expect(languageReport(detectLanguage(EN, 'en'), english)).toEqual({
      line: "Read as English (the page's language): key sentences, named officials, reading time in words.",
      people: null,
    });
    expect(languageReport(detectLanguage(JA, null), english)).toEqual({
      line: 'Read as Japanese (detected from the text): key sentences, reading time in characters.',
      people: 'People are recognised in English articles.',
    });
  });
});
