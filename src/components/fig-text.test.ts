import { describe, expect, it } from 'vitest';
import { figText, sentenceHref } from './fig-text.ts';

const land = { value: 100000, unit: 'hectares', qualifier: 'exact', measure: 'unused land identified in the region' } as const;
const jobs = { value: 7000, unit: 'jobs', qualifier: 'more-than', measure: 'jobs the portfolio is to create' } as const;

describe('figText', () => {
  it('figText(claim) prints the formatted value with its unit and qualifier', () => {
    expect(figText(land)).toBe('100,000 hectares');
    expect(figText(jobs)).toBe('more than 7,000 jobs');
  });

  it('figText(claim, show) prints the measure or both', () => {
    expect(figText(land, 'measure')).toBe('unused land identified in the region');
    expect(figText(land, 'both')).toBe('100,000 hectares (unused land identified in the region)');
  });
});

describe('sentenceHref', () => {
  it('sentenceHref(sentences) links to the first sentence on /speech/', () => {
    expect(sentenceHref(['p6s1', 'p6s2'], 'claim x')).toBe('/speech/#p6s1');
  });

  it('sentenceHref([]) explains that the quote was not found', () => {
    expect(() => sentenceHref([], 'claim "x"')).toThrow('claim "x" has no sentence in the speech');
  });
});
