import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { lexiconTags, packLexicon, shippedLexicon, unpackLexicon } from '../../lib/officials/lexicon';
import { LEXICON_GROUPS } from '../../lib/officials/lexicon-data';

const compromiseLexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } })
  .model.one.lexicon;

describe('the stored lexicon', () => {
  it('is exactly compromise’s lexicon less its phrasal verbs (regenerate with npm run lexicon after upgrading compromise)', () => {
    expect(LEXICON_GROUPS).toEqual(packLexicon(shippedLexicon(compromiseLexicon)));
    expect(Object.keys(LEXICON_GROUPS).some((tags) => tags.includes('PhrasalVerb'))).toBe(false);
    expect(lexiconTags('walked')).toContain('PastTense');
  });

  it.each([
    ['antony', ['MaleName']],
    ['janet', ['FemaleName']],
    ['china', ['Country']],
    ['beijing', ['City']],
    ['the', ['Determiner']],
    ['blinken', []],
  ])('%s → %j', (word, tags) => {
    expect(lexiconTags(word)).toEqual(tags);
  });

  it('packs and unpacks without loss, multi-word entries included', () => {
    const lexicon = { 'new york': 'City', joe: 'MaleName', walked: ['PastTense', 'Verb'], ran: ['PastTense', 'Verb'] };
    const unpacked = unpackLexicon(packLexicon(lexicon));
    expect(Object.fromEntries(unpacked)).toEqual({
      'new york': ['City'],
      joe: ['MaleName'],
      walked: ['PastTense', 'Verb'],
      ran: ['PastTense', 'Verb'],
    });
  });
});
