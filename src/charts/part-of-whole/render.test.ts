import { describe, expect, it } from 'vitest';
import { partOfWhole, partOfWholeDefaults, type PartDatum } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const data: PartDatum[] = [
  { key: 'worn', label: 'of the irrigation networks in the region are worn out', value: 70 },
  { key: 'water', label: 'of the population have centralised water supply', value: 90 },
];
const options = { id: 'test-pow', title: 'Shares' };

describe('partOfWhole', () => {
  it('partOfWhole(data) uses the defaults: percentages of 100, outlined wholes, filled parts', () => {
    const svg = partOfWhole(data, options).svg;
    assertWellFormed(svg);
    expect(partOfWholeDefaults.colour).toBe('c-blue');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('>70%</text>');
    expect(svg).toContain('>90%</text>');
    expect(countTags(svg, 'rect')).toBe(4);
    expect(svg).toContain('fill="none" stroke="var(--rule)"');
  });
  it('partOfWhole(data) fills value/total of the width', () => {
    const svg = partOfWhole([{ key: 'a', label: 'of x', value: 10 }], options).svg;
    const [part = 0, whole = 0] = attrValues(svg, 'rect', 'width');
    expect(part / whole).toBeCloseTo(0.1, 2);
  });
  it('partOfWhole(datum with total) shows "value of total"', () => {
    const svg = partOfWhole([{ key: 'a', label: 'domestic sugar factories are in Zhetysu', value: 2, total: 4 }], options).svg;
    expect(svg).toContain('>2 of 4</text>');
    const [part = 0, whole = 0] = attrValues(svg, 'rect', 'width');
    expect(part / whole).toBeCloseTo(0.5, 2);
  });
  it('partOfWhole([]) renders a "No data to show." SVG', () => {
    expect(partOfWhole([], options).svg).toContain('No data to show.');
  });
  it('partOfWhole(zero) draws the outlined whole only', () => {
    const svg = partOfWhole([{ key: 'a', label: 'of x', value: 0 }], options).svg;
    expect(countTags(svg, 'rect')).toBe(1);
    expect(svg).toContain('>0%</text>');
  });
  it('partOfWhole(very large numbers) formats them in words', () => {
    const svg = partOfWhole([{ key: 'a', label: 'of the budget', value: 3000000000, total: 12000000000 }], options).svg;
    expect(svg).toContain('>3 billion of 12 billion</text>');
  });
  it('partOfWhole(value above total) throws a clear error', () => {
    expect(() => partOfWhole([{ key: 'a', label: 'x', value: 120 }], options).svg).toThrow('partOfWhole: value of "a" must be between 0 and its total 100; received 120.');
  });
  it('partOfWhole(long label) wraps to at most three lines and keeps the full text in <title>', () => {
    const long = 'of the inhabitants of the region have blue fuel available to them, according to the President, who instructed to gasify a number of settlements in several districts';
    const svg = partOfWhole([{ key: 'a', label: long, value: 10 }], { ...options, width: 360 }).svg;
    expect(countTags(svg, 'tspan')).toBe(3);
    expect(svg).toContain(`<title>10% ${long}</title>`);
  });
  it('partOfWhole(markup) escapes labels', () => {
    const svg = partOfWhole([{ key: 'a', label: '<script>alert(1)</script>', value: 1 }], options).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<script');
  });
  it('partOfWhole(data) matches the SVG snapshots', async () => {
    await expect(pretty(partOfWhole(data, options).svg)).toMatchFileSnapshot('./__snapshots__/part-of-whole.svg');
    await expect(pretty(partOfWhole(data, { ...options, width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/part-of-whole-narrow.svg');
  });
});
