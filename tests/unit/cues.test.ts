import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '@/lib/summarize/features';

const features = (text: string, lang: string) => sentenceFeatures({ text, index: 1, block: 1 }, lang);

describe('cue words in other languages', () => {
  it.each([
    ['fr', 'Le ministre a déclaré que la réforme serait reportée.'],
    ['de', 'Der Minister sagte, die Reform werde verschoben.'],
    ['es', 'Según el ministro, la reforma se aplazará.'],
    ['ru', 'Министр заявил, что реформа будет отложена.'],
    ['ja', '大臣によると、改革は延期される。'],
    ['zh', '部长表示，改革将被推迟。'],
    ['ko', '장관은 개혁이 연기될 것이라고 말했다.'],
    ['ar', 'قال الوزير إن الإصلاح سيتأجل.'],
    ['ja', '「私は辞任しない」と首相は記者団に語った。'], // quotative と, who spoke, to whom, verb
    ['ja', '大臣は、改革は延期されるだろうと述べている。'],
    ['zh', '部長說，改革將被推遲。'], // traditional characters
    ['zh', '一位目擊者告訴警方，嫌疑人已經離開。'],
    ['zh', '外交部发言人称，会谈将继续。'],
  ])('%s: a sentence naming its source is attributed', (lang, text) => {
    expect(features(text, lang).attributed).toBe(true);
  });

  it.each([
    ['zh', '新的数据显示经济增长放缓。'], // 据 of 数据 (data) names no source
    ['zh', '这部小说很受欢迎。'], // 说 of 小说 (novel) neither
    ['fr', 'La réforme sera reportée à l’automne.'],
    ['ja', '「グラビティ」という映画が公開された。'], // という: "called", not "said"
    ['zh', '這兩本書現被稱為《凜冬的寒風》。'], // 稱為: "called"
    ['zh', '這部小說很受歡迎。'], // 說 of 小說 (novel), traditional
  ])('%s: no false attribution in "%s"', (lang, text) => {
    expect(features(text, lang).attributed).toBe(false);
  });

  it.each([
    ['fr', 'Mais la réforme a été reportée.', true],
    ['fr', 'Il y a trois raisons à ce report.', false],
    ['de', 'Aber die Reform wurde verschoben.', true],
    ['de', 'Es gibt drei Gründe für die Verschiebung.', false],
    ['zh', '但是改革被推迟了。', true],
    ['ja', 'しかし、改革は延期された。', true],
    ['zh', '這是第三次襲擊。', true],
    ['zh', '這導致了抗議。', true],
    ['zh', '這家公司最初以為電池有問題。', false], // 這 with its own noun
    ['es', 'Fue detenido el martes.', true], // the subject is dropped: it stands in the sentence before
    ['es', 'El ministro fue detenido el martes.', false],
    ['fr', 'Et la réforme a été reportée.', true],
    ['de', 'Es ist unklar, wann die Reform kommt.', true],
    ['ru', 'И реформа была отложена.', true],
    ['ko', '그리고 개혁은 연기되었다.', true],
    ['zh', '不過改革被推遲了。', true],
  ])('%s: "%s" leans on the sentence before: %s', (lang, text, dangling) => {
    expect(features(text, lang).dangling).toBe(dangling);
  });

  it('counts the first person outside quotation marks only, « » and 「 」 included', () => {
    expect(features('Nous avons vu les chars entrer dans la ville.', 'fr').personal).toBe(true);
    expect(features('« Nous ne céderons pas », a dit le ministre.', 'fr').personal).toBe(false);
    expect(features('「私は辞任しない」と首相は語った。', 'ja').personal).toBe(false);
    expect(features('« Nous ne céderons pas », a dit le ministre.', 'fr').quoted).toBeGreaterThan(0.4);
  });

  it('reads a German quote as closed by “: the words after it are not quoted', () => {
    // „ … “ in German: the closing “ is no English opening mark that would quote the rest.
    const mid = features('„Wir bleiben hier“, sagte der Minister am Montag in Berlin vor den Abgeordneten.', 'de');
    expect(mid.quoted).toBeLessThan(0.4);
    expect(mid.quoted).toBeGreaterThan(0.15);
    // The first person of the words after such a quote counts.
    expect(features('„Das stimmt nicht“, schrieben wir damals an den Minister.', 'de').personal).toBe(true);
  });

  it('leaves the cues off in a language it has none for', () => {
    const f = features('Waziri alisema kwamba mageuzi yataahirishwa.', 'sw');
    expect([f.attributed, f.personal, f.dangling]).toEqual([false, false, false]);
  });
});
