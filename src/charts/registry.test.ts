import { describe, expect, it } from 'vitest';
import { CHART_TYPES, chartType, chartTypes, graphic } from './registry.ts';
import { assertWellFormed } from './common/testing.ts';

/** A chart held as data, drawn through the registry as every caller draws it. */
type ChartSpec = { type: string; data: unknown; options: Record<string, unknown> };
const renderChart = (spec: ChartSpec) => chartType(spec.type).render(spec.data, spec.options);

// A place name an attacker could slip into the data: every chart must print it as text.
const evil = `Tekeli<script>alert("x")</script><img src=x onerror=alert(1)> & "Co"`;
const options = { id: 'safe', title: evil, description: evil };
// Every registered type, from its own sample: a new type is covered without touching this file.
const specs: ChartSpec[] = chartTypes.map((c) => {
  const sample = c.sample(evil);
  return { type: c.type, data: sample.data, options: { ...options, ...sample.options } };
});

describe('chart registry', () => {
  for (const spec of specs) {
    it(`renderChart(${spec.type} with markup in every text) prints it as text and stays CSP-safe`, () => {
      const { svg } = renderChart(spec);
      assertWellFormed(svg);
      expect(svg).not.toMatch(/<script|<img/);
      // Attribute names only: the same words inside a quoted value are inert text.
      const attributeNames = [...svg.matchAll(/\s([\w:-]+)="[^"]*"/g)].map((m) => m[1] ?? '');
      expect(attributeNames.filter((n) => /^on/i.test(n) || n === 'style')).toEqual([]);
      expect(svg).not.toContain('<style');
      expect(svg).not.toMatch(/\s(height|width)="\d+(px)?"\s[^>]*viewBox|<svg[^>]*\sheight=/);
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 [\d.]+" width="100%"/);
      expect(svg).toContain('<title id="safe-title">Tekeli&lt;script&gt;');
      expect(svg).toContain('<desc id="safe-desc">');
    });
  }
  it('renderChart(any type) names the SVG by its title and desc, as an image unless rows are focusable', () => {
    for (const spec of specs) {
      const { svg } = renderChart(spec);
      if (spec.type === 'timeline') expect(svg).toContain('role="group" aria-labelledby="safe-title" aria-describedby="safe-desc"');
      else expect(svg).toContain('role="img" aria-labelledby="safe-title safe-desc"');
    }
  });
  it('chartType(t).render returns the size of its viewBox, so no caller reads it back out of the SVG', () => {
    for (const spec of specs) {
      for (const width of [640, 360]) {
        const drawn = renderChart({ ...spec, options: { ...spec.options, width } });
        expect(drawn.width).toBe(width);
        expect(drawn.svg).toContain(`viewBox="0 0 ${drawn.width} ${drawn.height}"`);
      }
    }
  });
  it('the registry lists each chart type once, and "map" is not one of them (maps have their own code)', () => {
    expect(new Set(CHART_TYPES).size).toBe(CHART_TYPES.length);
    expect(CHART_TYPES).not.toContain('map');
  });
  it('graphic (the catalogue schema) accepts each registry type and checks its options against that type', () => {
    const required: Record<string, object> = { 'current-vs-target': { rows: [{ target: 'a' }] } };
    for (const type of CHART_TYPES) {
      expect(graphic.safeParse({ id: 'x', type, title: 'T', caption: 'C.', chapter: 'gas', options: required[type] ?? {} }).success, type).toBe(true);
      expect(graphic.safeParse({ id: 'x', type, title: 'T', caption: 'C.', chapter: 'gas', options: { nope: 1 } }).success, type).toBe(false);
    }
    expect(graphic.safeParse({ id: 'x', type: 'pie', title: 'T', caption: 'C.', chapter: 'gas' }).success).toBe(false);
  });
  it('chartType(unknown) names the types that exist', () => {
    expect(() => chartType('pie')).toThrow(`Unknown chart type "pie". Use one of: ${CHART_TYPES.join(', ')}`);
  });
});
