import { describe, expect, it } from 'vitest';
import { medianCost } from './build.ts';

describe('medianCost', () => {
  it('medianCost takes the median of each figure on its own', () => {
    expect(medianCost([
      { cpuMs: 3, wallMs: 10, peakMiB: 900 },
      { cpuMs: 1, wallMs: 30, peakMiB: 700 },
      { cpuMs: 2, wallMs: 20, peakMiB: 800 },
    ])).toEqual({ cpuMs: 2, wallMs: 20, peakMiB: 800 });
  });
});
