import { describe, expect, it } from 'vitest';
import { bar, barDefaults, type BarDatum } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const data: BarDatum[] = [
  { key: 'unused', label: 'Unused land identified', value: 100000 },
  { key: 'irrigable', label: 'Irrigated land that could be added', value: 18000 },
];
const options = { id: 'test-bar', title: 'Land in hectares' };

describe('bar', () => {
  it('bar(data) uses the defaults: 640 wide, role img, named by title and desc', () => {
    const svg = bar(data, options).svg;
    assertWellFormed(svg);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 [\d.]+"/);
    expect(svg).toContain('width="100%"');
    expect(svg).not.toMatch(/<svg[^>]* height=/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="test-bar-title test-bar-desc"');
    expect(svg).toContain('<title id="test-bar-title">Land in hectares</title>');
    expect(svg).toContain('<desc id="test-bar-desc">Land in hectares</desc>');
    expect(svg).toContain('fill="var(--c-blue)"');
    expect(countTags(svg, 'rect')).toBe(2);
    expect(barDefaults.width).toBe(640);
  });
  it('bar(data) labels each bar directly with its formatted value', () => {
    const svg = bar(data, options).svg;
    expect(svg).toContain('>100,000</text>');
    expect(svg).toContain('>18,000</text>');
  });
  it('bar(data) scales bar lengths linearly from zero', () => {
    const svg = bar([{ key: 'a', label: 'A', value: 100 }, { key: 'b', label: 'B', value: 50 }], options).svg;
    const [a = 0, b = 0] = attrValues(svg, 'rect', 'width');
    expect(b / a).toBeCloseTo(0.5, 2);
    const [xa, xb] = attrValues(svg, 'rect', 'x');
    expect(xa).toBe(xb);
  });
  it('bar(data, {max}) ends the scale at max, so percentages are drawn out of 100', () => {
    const svg = bar([{ key: 'a', label: 'A', value: 50, valueLabel: '50%' }], { ...options, max: 100 }).svg;
    const [w = 0] = attrValues(svg, 'rect', 'width');
    const full = bar([{ key: 'a', label: 'A', value: 100, valueLabel: '50%' }], options).svg;
    const [wFull = 0] = attrValues(full, 'rect', 'width');
    expect(w / wFull).toBeCloseTo(0.5, 2);
  });
  it('bar(data, {palette}) writes literal colours for use without tokens.css', () => {
    const svg = bar(data, { ...options, palette: { 'c-blue': '#0072b2', fg: '#1a1a1a' } }).svg;
    expect(svg).toContain('fill="#0072b2"');
    expect(svg).not.toContain('var(--c-blue)');
  });
  it('bar([]) renders a "No data to show." SVG', () => {
    const svg = bar([], options).svg;
    assertWellFormed(svg);
    expect(svg).toContain('No data to show.');
    expect(svg).toContain('role="img"');
  });
  it('bar(one value) fills the width left by the value label', () => {
    const svg = bar([{ key: 'a', label: 'Deaths on republican roads in 9 months', value: 61 }], options).svg;
    expect(countTags(svg, 'rect')).toBe(1);
    expect(svg).toContain('>61</text>');
  });
  it('bar(zero value) draws no rectangle but keeps the label "0"', () => {
    const svg = bar([{ key: 'a', label: 'A', value: 0 }, { key: 'b', label: 'B', value: 10 }], options).svg;
    expect(countTags(svg, 'rect')).toBe(1);
    expect(svg).toContain('>0</text>');
  });
  it('bar(very large numbers) writes them in words', () => {
    const svg = bar([{ key: 'a', label: 'Local budget', value: 12000000000 }, { key: 'b', label: 'Parks', value: 3000000000 }], options).svg;
    expect(svg).toContain('>12 billion</text>');
    expect(svg).toContain('>3 billion</text>');
  });
  it('bar(very long label) wraps and cuts it, keeping the full text in <title>', () => {
    const long = 'Settlements from the Kerbulak district to the suburbs of Taldykorgan that are to be supplied with gas by the end of 2025 under the instruction';
    const svg = bar([{ key: 'a', label: long, value: 5 }], options).svg;
    expect(svg).toContain(`<title>${long}: 5</title>`);
    expect(svg).toContain('…</tspan>');
    expect(countTags(svg, 'tspan')).toBe(2);
  });
  it('bar(data with markup) escapes every label, so a place name cannot inject script', () => {
    const svg = bar([{ key: 'x"><script>', label: '<script>alert(1)</script> & Co', value: 1, valueLabel: '<b>1</b>' }], { ...options, title: 'A <title>', description: '"quoted" & <desc>' }).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(svg).toContain('data-key="x&quot;&gt;&lt;script&gt;"');
  });
  it('bar(data, {width: 360}) puts labels above the bars', () => {
    const svg = bar(data, { ...options, width: 360 }).svg;
    const [x] = attrValues(svg, 'rect', 'x');
    expect(x).toBe(1);
    expect(svg).toContain('viewBox="0 0 360 ');
  });
  it('bar(negative value) throws a clear error', () => {
    expect(() => bar([{ key: 'a', label: 'A', value: -1 }], options).svg).toThrow('bar: value of "a" must be a finite number ≥ 0; received -1.');
  });
  it('bar(data, {title: ""}) throws because the chart needs an accessible name', () => {
    expect(() => bar(data, { id: 'x' }).svg).toThrow(/options.title is required/);
  });
  it('bar(data) matches the SVG snapshots', async () => {
    await expect(pretty(bar(data, options).svg)).toMatchFileSnapshot('./__snapshots__/bar.svg');
    await expect(pretty(bar(data, { ...options, width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/bar-narrow.svg');
  });
});
