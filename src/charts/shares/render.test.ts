import { describe, expect, it } from 'vitest';
import { shares, type ShareDatum } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const data: ShareDatum[] = [
  { key: 'gas', label: 'of the inhabitants of the region have gas', value: 10 },
  { key: 'water', label: 'of the population have centralised water supply', value: 90 },
  { key: 'sport', label: 'of residents do sport', value: 34, target: { value: 50, label: 'national target by 2025' } },
];
const options = { id: 'test-shares', title: 'Shares' };

describe('shares', () => {
  it('shares(data) draws one track and one bar per share on one scale, value written before its label', () => {
    const svg = shares(data, options).svg;
    assertWellFormed(svg);
    expect(countTags(svg, 'g')).toBe(3);
    expect(svg).toContain('>10% of the inhabitants of the region have gas</text>');
    const widths = attrValues(svg, 'rect', 'width');
    const track = widths[0] ?? 0;
    // Track, bar for each row: the bars are 10, 90 and 34 hundredths of the same track.
    expect([widths[1], widths[3], widths[5]].map((w) => Math.round(((w ?? 0) / track) * 100))).toEqual([10, 90, 34]);
  });
  it('shares(data, {highlight}) marks that row and draws the others neutral', () => {
    const svg = shares(data, { ...options, highlight: 'gas' }).svg;
    expect(svg.match(/data-highlight="true"/g)?.length).toBe(1);
    expect(svg).toMatch(/data-key="gas" data-highlight="true"/);
    expect(svg.match(/fill="var\(--c-neutral\)"/g)?.length).toBe(2);
  });
  it('shares(target) puts a tick at the target and its words under it, inside the frame', () => {
    const svg = shares(data, { ...options, width: 300 }).svg;
    expect(svg).toContain('>50% national target by 2025</text>');
    const tick = /<line x1="([\d.]+)"[^>]*stroke="var\(--fg\)" stroke-width="2"/.exec(svg);
    expect(Number(tick?.[1])).toBeCloseTo(1 + 0.5 * 298, 0);
    for (const x of attrValues(svg, 'text', 'x')) expect(x).toBeGreaterThanOrEqual(0);
  });
  it('shares(value out of 0–100) throws naming the row', () => {
    expect(() => shares([{ key: 'x', label: 'x', value: 120 }], options)).toThrow('value of "x" must be a percentage between 0 and 100; received 120');
  });
  it('shares(highlight not a row) throws listing the rows', () => {
    expect(() => shares(data, { ...options, highlight: 'roads' })).toThrow('options.highlight "roads" is not the key of a row; use one of: gas, water, sport');
  });
  it('shares returns the height it drew, taller on a phone where labels wrap', () => {
    const wide = shares(data, options);
    const narrow = shares(data, { ...options, width: 240 });
    expect(wide.svg).toContain(`viewBox="0 0 ${wide.width} ${wide.height}"`);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
  it('shares(data) matches its snapshots', async () => {
    await expect(pretty(shares(data, { ...options, highlight: 'sport' }).svg)).toMatchFileSnapshot('./__snapshots__/shares.svg');
    await expect(pretty(shares(data, { ...options, highlight: 'sport', width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/shares-narrow.svg');
  });
});
