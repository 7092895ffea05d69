import { describe, expect, it } from 'vitest';
import { bigNumber, bigNumberDefaults, type BigNumberDatum } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const land: BigNumberDatum = {
  key: 'unused-land',
  value: 100000,
  unit: 'hectares',
  measure: 'unused land identified in the region',
  quote: 'Today, 100,000 hectares of unused land have been identified in the region',
};
const options = { id: 'test-big', title: 'Unused land' };

describe('bigNumber', () => {
  it('bigNumber(datum) uses the defaults: value with unit, measure, quote in quotation marks, accent rule', () => {
    const svg = bigNumber(land, options).svg;
    assertWellFormed(svg);
    expect(bigNumberDefaults.quoteLines).toBe(5);
    expect(svg).toContain('>100,000 hectares</text>');
    expect(svg).toContain('>unused land identified in the region</text>');
    expect(svg).toContain('“Today, 100,000 hectares');
    expect(svg).toContain('fill="var(--c-blue)"');
    expect(svg).toContain('role="img"');
  });
  it('bigNumber(qualified value) says the qualifier in words', () => {
    const svg = bigNumber({ ...land, value: 3000000000, unit: 'tenge', qualifier: 'more-than' }, options).svg;
    expect(svg).toContain('>more than 3 billion tenge</text>');
  });
  it('bigNumber(very large number, narrow) shrinks the number to fit one line', () => {
    const svg = bigNumber({ ...land, value: 12000000000, unit: 'tenge' }, { ...options, width: 300 }).svg;
    const [size = 0] = attrValues(svg, 'text', 'font-size');
    expect(size).toBeLessThan(42);
    expect(size).toBeGreaterThanOrEqual(21);
    expect(svg).toContain('>12 billion tenge</text>');
  });
  it('bigNumber(zero) shows 0', () => {
    expect(bigNumber({ ...land, value: 0, unit: 'count', measure: 'emergency schools' }, options).svg).toContain('>0</text>');
  });
  it('bigNumber(undefined) renders a "No data to show." SVG', () => {
    expect(bigNumber(undefined, options).svg).toContain('No data to show.');
  });
  it('bigNumber(NaN) throws a clear error', () => {
    expect(() => bigNumber({ ...land, value: Number.NaN }, options).svg).toThrow('bigNumber: value of "unused-land" must be a finite number; received NaN.');
  });
  it('bigNumber(long quote) cuts it at five lines and keeps it whole in <title>', () => {
    const quote = 'word '.repeat(120).trim();
    const svg = bigNumber({ ...land, quote }, { ...options, width: 360 }).svg;
    expect(svg).toContain(`“${quote}”</title>`);
    expect(svg).toContain('…</tspan>');
    expect(countTags(svg, 'tspan')).toBe(5);
  });
  it('bigNumber(markup) escapes measure and quote', () => {
    const svg = bigNumber({ ...land, measure: '<script>alert(1)</script>', quote: 'a & b < c' }, options).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('“a &amp; b &lt; c”');
  });
  it('bigNumber([a, b]) stacks cards and shows a quote they share once, under the last', () => {
    const quote = 'will be able to handle 9 million tons of cargo and 300,000 containers per year';
    const svg = bigNumber([
      { key: 'cargo', value: 9000000, unit: 'tonnes', measure: 'cargo a year', quote },
      { key: 'boxes', value: 300000, unit: 'containers', measure: 'containers a year', quote },
    ], options).svg;
    assertWellFormed(svg);
    expect(svg.match(/class="mark"/g)).toHaveLength(2);
    expect(svg).toContain('>9 million tonnes</text>');
    expect(svg).toContain('>300,000 containers</text>');
    expect(svg.match(/“will be able/g)).toHaveLength(3);
    const [firstRuleY = 0, secondRuleY = 0] = attrValues(svg, 'rect', 'y');
    expect(secondRuleY).toBeGreaterThan(firstRuleY + 60);
  });
  it('bigNumber([]) renders a "No data to show." SVG', () => {
    expect(bigNumber([], options).svg).toContain('No data to show.');
  });
  it('bigNumber(datum) matches the SVG snapshots', async () => {
    await expect(pretty(bigNumber(land, options).svg)).toMatchFileSnapshot('./__snapshots__/big-number.svg');
    await expect(pretty(bigNumber(land, { ...options, width: 320 }).svg)).toMatchFileSnapshot('./__snapshots__/big-number-narrow.svg');
  });
});
