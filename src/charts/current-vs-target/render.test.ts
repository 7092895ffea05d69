import { describe, expect, it } from 'vitest';
import { currentVsTarget, currentVsTargetDefaults, type TargetDatum } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const sport: TargetDatum = {
  key: 'sport',
  label: 'Citizens involved in physical culture and sport',
  current: 34,
  currentLabel: '34% today (2022)',
  target: 50,
  targetLabel: 'Target: 50% by 2025',
  max: 100,
};
const options = { id: 'test-cvt', title: 'Sport coverage' };

describe('currentVsTarget', () => {
  it('currentVsTarget(data) draws the current bar, the outlined scale and the target marker', () => {
    const svg = currentVsTarget([sport], options).svg;
    assertWellFormed(svg);
    expect(currentVsTargetDefaults.targetColour).toBe('c-orange');
    expect(countTags(svg, 'rect')).toBe(2);
    expect(svg).toContain('>34% today (2022)</text>');
    expect(svg).toContain('>Target: 50% by 2025</text>');
    expect(svg).toContain('stroke-dasharray="4 2"');
  });
  it('currentVsTarget(data) places current and target on one scale from zero to max', () => {
    const svg = currentVsTarget([sport], options).svg;
    const [current = 0, whole = 0] = attrValues(svg, 'rect', 'width').sort((a, b) => a - b);
    expect(current / whole).toBeCloseTo(0.34, 2);
    const [tx = 0] = attrValues(svg, 'line', 'x1');
    expect((tx - 1) / whole).toBeCloseTo(0.5, 2);
  });
  it('currentVsTarget(no max) ends the scale at the larger value', () => {
    const svg = currentVsTarget([{ key: 'sugar', label: 'White sugar', target: 180000, targetLabel: '180,000 tonnes by 2026' }], options).svg;
    const [tx = 0] = attrValues(svg, 'line', 'x1');
    expect(tx).toBeCloseTo(638, 0);
    expect(svg).toContain('text-anchor="end" font-weight="bold">180,000 tonnes by 2026');
  });
  it('currentVsTarget(no current value) says the speech does not give it instead of inventing one', () => {
    const svg = currentVsTarget([{ key: 'u', label: 'Utilisation of two sugar factories', target: 100, max: 100 }], options).svg;
    expect(countTags(svg, 'rect')).toBe(1);
    expect(svg).toContain('Current level not given in the speech');
    expect(svg).toContain('>Target: 100</text>');
  });
  it('currentVsTarget([]) renders a "No data to show." SVG', () => {
    expect(currentVsTarget([], options).svg).toContain('No data to show.');
  });
  it('currentVsTarget(current zero) draws no bar', () => {
    const svg = currentVsTarget([{ key: 'z', label: 'Z', current: 0, target: 10 }], options).svg;
    expect(countTags(svg, 'rect')).toBe(1);
    expect(svg).toContain('>0</text>');
  });
  it('currentVsTarget(very large numbers) formats them in words', () => {
    const svg = currentVsTarget([{ key: 'b', label: 'Budget', current: 3000000000, target: 12000000000 }], options).svg;
    expect(svg).toContain('>Target: 12 billion</text>');
    expect(svg).toContain('>3 billion</text>');
  });
  it('currentVsTarget(negative target) throws a clear error', () => {
    expect(() => currentVsTarget([{ key: 'n', label: 'N', target: -5 }], options).svg).toThrow('currentVsTarget: target of "n" must be a finite number ≥ 0; received -5.');
  });
  it('currentVsTarget(long label, markup) wraps, escapes and keeps the full label in <title>', () => {
    const label = '<script>x</script> coverage of citizens involved in physical culture and sports in the rural districts of the Zhetysu region today';
    const svg = currentVsTarget([{ ...sport, label }], { ...options, width: 360 }).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('<title>&lt;script&gt;x&lt;/script&gt; coverage');
    expect(svg).toContain('…</tspan>');
  });
  it('currentVsTarget(data) matches the SVG snapshots', async () => {
    const missing: TargetDatum = { key: 'u', label: 'Utilisation of the two sugar factories in the region', target: 100, targetLabel: '100% by 2026', max: 100 };
    await expect(pretty(currentVsTarget([sport, missing], options).svg)).toMatchFileSnapshot('./__snapshots__/current-vs-target.svg');
    await expect(pretty(currentVsTarget([sport], { ...options, width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/current-vs-target-narrow.svg');
  });
});
