import { describe, expect, it } from 'vitest';
import { digestDocument, digestText } from '../../lib/digest';
import { keySentences } from '../../lib/select';
import { parseDocument } from '../../scripts/cli/node-dom';

/**
 * Short stories written for these tests (the same news in each language), to check that every
 * script gets key sentences, verbatim, and an honest account of what it does not get.
 */
const STORIES: Record<string, string[]> = {
  ja: [
    '両国の代表団は月曜日、約三か月ぶりにジュネーブに戻り、協議を再開した。',
    '外務省によると、最初の会合では貿易の規則と捕虜の交換が話し合われる。',
    '代表団の一人は、雰囲気は建設的だったと記者団に語った。双方は当面、詳細を公表しないことで合意した。',
    '協議は金曜日まで続く予定で、貿易の規則についての合意が期待されている。',
  ],
  zh: [
    '两国代表团周一在暂停近三个月后返回日内瓦，恢复了谈判。',
    '据外交部称，第一次会议将讨论贸易规则和交换战俘问题。',
    '一名代表对记者说，气氛是建设性的。双方同意暂时不公布细节。',
    '谈判预计将持续到周五，各方希望就贸易规则达成协议。',
  ],
  ko: [
    '양국 대표단은 월요일 약 석 달 만에 제네바로 돌아와 협상을 재개했다.',
    '외교부에 따르면 첫 회의에서는 무역 규칙과 포로 교환이 논의된다.',
    '한 대표는 기자들에게 분위기가 건설적이었다고 말했다. 양측은 당분간 세부 사항을 공개하지 않기로 합의했다.',
    '협상은 금요일까지 계속될 예정이며 무역 규칙에 대한 합의가 기대된다.',
  ],
  ar: [
    'عاد وفدا البلدين يوم الاثنين إلى جنيف بعد توقف دام نحو ثلاثة أشهر واستأنفا المحادثات.',
    'وبحسب وزارة الخارجية فإن الجلسة الأولى ستناقش قواعد التجارة وتبادل الأسرى.',
    'وقال أحد المندوبين للصحفيين إن الأجواء كانت بناءة. واتفق الجانبان على عدم نشر التفاصيل في الوقت الحالي.',
    'ومن المتوقع أن تستمر المحادثات حتى يوم الجمعة على أمل التوصل إلى اتفاق بشأن قواعد التجارة.',
  ],
  ru: [
    'Делегации обеих стран в понедельник вернулись в Женеву после почти трёхмесячного перерыва и возобновили переговоры.',
    'По словам министерства иностранных дел, на первой встрече обсудят правила торговли и обмен пленными.',
    'Один из делегатов сказал журналистам, что атмосфера была конструктивной. Стороны договорились пока не раскрывать подробности.',
    'Переговоры продлятся до пятницы, и стороны надеются договориться о правилах торговли.',
  ],
};

describe('key sentences in every script', () => {
  it.each(Object.keys(STORIES))('%s: detected, key sentences verbatim, no guessed people', (lang) => {
    const paragraphs = STORIES[lang] ?? [];
    const result = digestText(paragraphs.join('\n\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { digest } = result;
    expect(digest.language.code).toBe(lang);
    const picks = keySentences(digest.ranked, 3);
    expect(picks.length).toBeGreaterThanOrEqual(3);
    for (const s of picks) expect(paragraphs.some((p) => p.includes(s.text))).toBe(true);
    expect(digest.people).toEqual([]);
  });

  it('counts Japanese reading time in characters and Arabic in words', () => {
    const ja = digestText((STORIES.ja ?? []).join('\n\n'));
    const ar = digestText((STORIES.ar ?? []).join('\n\n'));
    if (!ja.ok || !ar.ok) throw new Error('no digest');
    expect(ja.digest.language.pace.unit).toBe('character');
    expect(ja.digest.readingSize).toBeGreaterThan(100);
    // A very short article, counted in ICU's words, not in runs of letters between commas.
    const short = ja.digest.notices.find((n) => n.kind === 'short');
    expect(short?.words).toBeGreaterThan(40);
    expect(ar.digest.language).toMatchObject({ rtl: true, pace: { unit: 'word' } });
    expect(ar.digest.readingSize).toBeGreaterThan(40);
  });

  it('takes the page language from <html lang> when the text agrees, and from the text when not', () => {
    const page = (lang: string, paragraphs: string[]) =>
      `<html lang="${lang}"><head><title>${paragraphs[0]?.slice(0, 12)}</title></head><body><article>${paragraphs
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
    const tagged = digestDocument(parseDocument(page('ru-RU', STORIES.ru ?? [])));
    const mistagged = digestDocument(parseDocument(page('en', STORIES.zh ?? [])));
    if (!tagged.ok || !mistagged.ok) throw new Error('no digest');
    expect(tagged.digest.language).toMatchObject({ code: 'ru', source: 'page' });
    expect(mistagged.digest.language).toMatchObject({ code: 'zh', source: 'text' });
    expect(keySentences(mistagged.digest.ranked, 3).length).toBeGreaterThan(0);
  });
});
