import { describe, expect, it } from 'vitest';
import { firstSentenceHref, sentenceHref } from './links.ts';

describe('sentenceHref', () => {
  it('sentenceHref(id) links to the sentence on /speech/', () => {
    expect(sentenceHref('p4s2')).toBe('/speech/#p4s2');
  });
  it('sentenceHref(id) encodes what an id could break the fragment with', () => {
    expect(sentenceHref('p1s1"><x')).toBe('/speech/#p1s1%22%3E%3Cx');
  });
});

describe('firstSentenceHref', () => {
  it('firstSentenceHref(sentences) links to the first sentence on /speech/', () => {
    expect(firstSentenceHref(['p6s1', 'p6s2'], 'claim x')).toBe('/speech/#p6s1');
  });
  it('firstSentenceHref([]) explains that the quote was not found', () => {
    expect(() => firstSentenceHref([], 'claim "x"')).toThrow('claim "x" has no sentence in the speech');
  });
});
