import { describe, expect, it } from 'vitest';
import { figText } from './fig-text.ts';

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
