import { describe, expect, it } from 'vitest';
import { units, unitsDefaults, type UnitGroup } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const medical: UnitGroup[] = [
  { key: 'posts', label: 'modular medical posts in remote settlements this year (2022)', count: 12 },
  { key: 'villages', label: 'more villages to get similar facilities by 2024', count: 40, style: 'outline' },
];
const sugar: UnitGroup[] = [
  { key: 'zhetysu', label: 'in Zhetysu', count: 2 },
  { key: 'elsewhere', label: 'elsewhere in Kazakhstan', count: 2, style: 'outline', colour: 'c-neutral' },
];
const options = { id: 'test-units', title: 'Units' };

describe('units', () => {
  it('units(data) uses the defaults: blocks, one filled square per unit', () => {
    const svg = units([{ key: 'a', label: 'posts', count: 12 }], options).svg;
    assertWellFormed(svg);
    expect(unitsDefaults.layout).toBe('blocks');
    expect(countTags(svg, 'rect')).toBe(12);
    expect(svg).toContain('fill="var(--c-blue)"');
    expect(svg).not.toContain('Each square');
  });
  it('units(data) in blocks gives each group its own heading and grid', () => {
    const svg = units(medical, options).svg;
    expect(countTags(svg, 'rect')).toBe(52);
    expect(svg).toContain('>12</text>');
    expect(svg).toContain('>40</text>');
    expect(svg).toContain('fill="none" stroke="var(--c-blue)"');
  });
  it('units(data, {layout: "row"}) draws one grid in order with a legend swatch per group', () => {
    const svg = units(sugar, { ...options, layout: 'row' }).svg;
    expect(countTags(svg, 'rect')).toBe(4 + 2);
    const xs = attrValues(svg, 'rect', 'x');
    // Squares of each group come first in its <g>, then its legend swatch (outlines are inset by 1px).
    expect(xs).toEqual([1, 38, 1, 76, 113, 2]);
    expect(svg).toContain('>2 in Zhetysu</text>');
  });
  it('units(hatched group) defines one pattern and still outlines the squares', () => {
    const svg = units([{ key: 'idle', label: 'idle', count: 1, style: 'hatched' }], options).svg;
    expect(countTags(svg, 'pattern')).toBe(1);
    expect(svg).toContain('fill="url(#test-units-hatch-c-blue)"');
  });
  it('units(many units) wraps squares onto new rows', () => {
    const svg = units([{ key: 'a', label: 'a', count: 40 }], { ...options, width: 360 }).svg;
    const ys = new Set(attrValues(svg, 'rect', 'y'));
    expect(ys.size).toBe(3);
  });
  it('units(very large numbers) picks squares worth a power of ten and says so', () => {
    const svg = units([{ key: 'b', label: 'tenge', count: 12000000000 }], { ...options, unitName: 'tenge' }).svg;
    expect(countTags(svg, 'rect')).toBe(120);
    expect(svg).toContain('Each square = 100 million tenge');
    expect(svg).toContain('>12 billion</text>');
  });
  it('units(count not a multiple of per) draws the last square narrower', () => {
    const svg = units([{ key: 'c', label: 'c', count: 25 }], { ...options, per: 10 }).svg;
    expect(attrValues(svg, 'rect', 'width')).toEqual([32, 32, 16]);
  });
  it('units([]) and units(all zero) render a "No data to show." SVG', () => {
    expect(units([], options).svg).toContain('No data to show.');
    expect(units([{ key: 'z', label: 'z', count: 0 }], options).svg).toContain('No data to show.');
  });
  it('units(one unit) draws one square', () => {
    expect(countTags(units([{ key: 'o', label: 'university branch', count: 1 }], options).svg, 'rect')).toBe(1);
  });
  it('units(negative count) throws a clear error', () => {
    expect(() => units([{ key: 'n', label: 'n', count: -2 }], options).svg).toThrow('units: count of "n" must be a finite number ≥ 0; received -2.');
  });
  it('units(long label, markup) wraps, escapes and keeps the full label in <title>', () => {
    const label = '<img src=x onerror=alert(1)> villages in the six districts of the region that will receive similar medical facilities by the end of 2024';
    const svg = units([{ key: 'v', label, count: 3 }], { ...options, width: 360 }).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<img');
    expect(svg).toContain(`<title>3 &lt;img src=x onerror=alert(1)&gt; villages`);
    expect(svg).toContain('…</tspan>');
  });
  it('units(data) matches the SVG snapshots', async () => {
    await expect(pretty(units(medical, options).svg)).toMatchFileSnapshot('./__snapshots__/units-blocks.svg');
    await expect(pretty(units(sugar, { ...options, layout: 'row', width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/units-row-narrow.svg');
  });
});
