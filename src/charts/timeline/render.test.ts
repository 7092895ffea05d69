import { describe, expect, it } from 'vitest';
import { timeline, timelineDefaults, type TimelineItem } from './render.ts';
import { assertWellFormed, attrValues, countTags, pretty } from '../common/testing.ts';

const items: TimelineItem[] = [
  { key: 'roads', label: 'Put the highways into operation', date: '2023-12-31', kind: 'date', said: 'next year', note: 'Status: not yet checked' },
  { key: 'gas', label: 'Supply gas to all settlements from Kerbulak district to the suburbs of Taldykorgan', date: '2025-12-31', kind: 'date', said: 'by 2025' },
  { key: 'sugar', label: 'Bring white sugar output to 180,000 tonnes', date: '2026-12-31', kind: 'date', said: 'by 2026' },
  { key: 'plant', label: 'Launch the idle sugar plant', date: null, kind: 'urgent', said: 'as soon as possible' },
  { key: 'pipeline', label: 'Finance the Taldykorgan–Usharal gas pipeline', date: null, kind: 'open', said: 'in stages' },
  { key: 'lead', label: 'Ban the export of lead scrap', date: null, kind: 'none' },
];
const options = { id: 'test-tl', title: 'Deadlines', today: '2024-06-01' };

describe('timeline', () => {
  it('timeline(data) uses the defaults: 2022–2026 axis, meeting marked, interactive rows', () => {
    const svg = timeline(items, options).svg;
    assertWellFormed(svg);
    expect(timelineDefaults.start).toBe('2022-01-01');
    expect(timelineDefaults.meeting).toBe('2022-10-20');
    for (const yr of ['2022', '2023', '2024', '2025', '2026']) expect(svg).toContain(`>${yr}</text>`);
    expect(svg).toContain('>Meeting 20 Oct 2022</text>');
    expect(svg).toContain('role="group"');
    expect(svg).toContain('aria-labelledby="test-tl-title" aria-describedby="test-tl-desc"');
    expect(svg.match(/tabindex="0"/g)).toHaveLength(6);
    expect(svg).toContain('<g aria-hidden="true">');
  });
  it('timeline(data, {today}) marks deadlines before today as passed, in shape and in words', () => {
    const svg = timeline(items, options).svg;
    expect(svg).toContain('aria-label="Put the highways into operation. Deadline next year: 31 Dec 2023, passed. Status: not yet checked"');
    expect(svg).toContain('aria-label="Supply gas to all settlements from Kerbulak district to the suburbs of Taldykorgan. Deadline by 2025: 31 Dec 2025"');
    expect(svg).toContain('>Deadline passed by 1 Jun 2024</text>');
    expect(svg).toContain('>Today 1 Jun 2024</text>');
    expect(svg.match(/<circle[^>]*fill="var\(--c-orange\)"/g)).toHaveLength(2);
  });
  it('timeline(data) without today marks nothing as passed', () => {
    const svg = timeline(items, { id: 'x', title: 'T' }).svg;
    expect(svg).not.toContain('passed');
    expect(svg).not.toContain('Today');
  });
  it('timeline(data) places deadlines on a time scale from the start to the end', () => {
    const svg = timeline(items, { ...options, interactive: false }).svg;
    const cx = attrValues(svg, 'circle', 'cx').slice(-3);
    const [a = 0, b = 0, c = 0] = cx;
    // 2023-12-31 → 2025-12-31 is two years, 2025-12-31 → 2026-12-31 one.
    expect((b - a) / (c - b)).toBeCloseTo(2, 1);
    expect(c).toBeCloseTo(630, 0);
  });
  it('timeline(undated) lists urgent, staged and open items in their own lane with the words said', () => {
    const svg = timeline(items, options).svg;
    expect(svg).toContain('>No date given in the speech</text>');
    expect(svg).toContain('>as soon as possible</text>');
    expect(svg).toContain('>in stages</text>');
    expect(svg).toContain('>no deadline given</text>');
    const order = ['plant', 'pipeline', 'lead'].map((k) => svg.indexOf(`data-key="${k}"`));
    expect(order).toEqual([...order].sort((p, q) => p - q));
  });
  it('timeline(data, {interactive: false}) is a plain image without focusable marks', () => {
    const svg = timeline(items, { ...options, interactive: false }).svg;
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('tabindex');
    expect(countTags(svg, 'rect')).toBe(0);
  });
  it('timeline(today after end) stretches the axis to today', () => {
    const svg = timeline(items, { ...options, today: '2027-03-01' }).svg;
    expect(svg).toContain('>2027</text>');
    expect(svg.match(/<circle[^>]*fill="var\(--c-orange\)"/g)).toHaveLength(4);
  });
  it('timeline([]) renders a "No data to show." SVG', () => {
    expect(timeline([], options).svg).toContain('No data to show.');
  });
  it('timeline(one item) renders one row', () => {
    const svg = timeline([items[0] as TimelineItem], options).svg;
    expect(svg.match(/class="mark"/g)).toHaveLength(1);
    expect(svg).not.toContain('No date given');
  });
  it('timeline(bad date or kind) throws a clear error', () => {
    expect(() => timeline([{ key: 'b', label: 'b', date: '2023-13-01', kind: 'date' }], options).svg).toThrow('timeline: date of "b" must be an ISO date YYYY-MM-DD; received "2023-13-01".');
    expect(() => timeline([{ key: 'c', label: 'c', date: null, kind: 'date' }], options).svg).toThrow('timeline: item "c" has kind "date" but no date');
    expect(() => timeline(items, { ...options, today: 'now' }).svg).toThrow('options.today must be an ISO date');
  });
  it('timeline(long label, markup) wraps, escapes and keeps the full label in <title> and aria-label', () => {
    const label = '<script>alert("x")</script> Provide gas to all settlements from the Kerbulak district to the suburbs of Taldykorgan and build the Taldykorgan–Usharal pipeline';
    const svg = timeline([{ key: 'l', label, date: '2025-12-31', kind: 'date' }], options).svg;
    assertWellFormed(svg);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Provide gas');
    expect(svg).toContain('…</tspan>');
  });
  it('timeline(data) matches the SVG snapshots', async () => {
    await expect(pretty(timeline(items, options).svg)).toMatchFileSnapshot('./__snapshots__/timeline.svg');
    await expect(pretty(timeline(items, { ...options, width: 360 }).svg)).toMatchFileSnapshot('./__snapshots__/timeline-narrow.svg');
  });
});
