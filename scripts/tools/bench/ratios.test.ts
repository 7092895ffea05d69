import { describe, expect, it } from 'vitest';
import { firstSvg, formatRatio } from './ratios.ts';

describe('firstSvg', () => {
  it('firstSvg returns the first inline <svg> element, or undefined', () => {
    expect(firstSvg('<p>a</p><svg viewBox="0 0 1 1"><rect/></svg><svg id="b"></svg>')).toBe('<svg viewBox="0 0 1 1"><rect/></svg>');
    expect(firstSvg('<p>no picture</p>')).toBeUndefined();
  });
});

describe('formatRatio', () => {
  it('formatRatio divides by the reference, or gives the extra bytes when the reference is nothing', () => {
    expect(formatRatio({ name: 'x', ours: 2000, reference: 3400, note: '' })).toBe('0.59×');
    expect(formatRatio({ name: 'x', ours: 2300, reference: 0, note: '' })).toBe('+2.3 kB');
    expect(formatRatio({ name: 'x', ours: 0, reference: 0, note: '' })).toBe('0 B (=)');
  });
});
