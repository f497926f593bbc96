import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { officialsPlugin } from '../../lib/officials/knowledge';

// This file loads the plugin into compromise's shared lexicon, so it stays apart from the finder's tests.
describe('knowledge plugin', () => {
  nlp.plugin(officialsPlugin);

  it.each([
    ['The spokeswoman met the alderman.', '#OfficeTitle', true],
    ['The chef met the drummer.', '#OfficeTitle', false],
    ['The chef met the drummer.', '#Occupation', true],
    ['Her brother called.', '#Relation', true],
    ['Analysts at Morgan Stanley said so.', '#NamedAfterPerson', true],
  ])('%s has %s: %s', (text, tag, has) => {
    expect(nlp(text).has(tag)).toBe(has);
  });
});
