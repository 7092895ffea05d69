import { describe, expect, it } from 'vitest';
import { renderChart, type ChartSpec } from './index.ts';
import { assertWellFormed } from './testing.ts';

// A place name an attacker could slip into the data: every chart must print it as text.
const evil = `Tekeli<script>alert("x")</script><img src=x onerror=alert(1)> & "Co"`;
const options = { id: 'safe', title: evil, description: evil };
const specs: ChartSpec[] = [
  { type: 'bar', data: [{ key: evil, label: evil, value: 3 }, { key: 'b', label: 'b', value: 1 }], options },
  { type: 'part-of-whole', data: [{ key: evil, label: evil, value: 30 }], options },
  { type: 'current-vs-target', data: [{ key: evil, label: evil, current: 1, target: 2, targetLabel: evil, currentLabel: evil }], options },
  { type: 'units', data: [{ key: evil, label: evil, count: 3, style: 'hatched', colour: 'c-blue' }], options: { ...options, layout: 'row' } },
  { type: 'timeline', data: [{ key: evil, label: evil, date: '2023-12-31', kind: 'date', said: evil, note: evil }, { key: 'u', label: evil, date: null, kind: 'urgent' }], options: { ...options, today: '2024-01-01', footnote: evil } },
  { type: 'big-number', data: { key: evil, value: 12000000000, measure: evil, quote: evil, valueLabel: evil }, options },
];

describe('renderChart', () => {
  for (const spec of specs) {
    it(`renderChart(${spec.type} with markup in every text) prints it as text and stays CSP-safe`, () => {
      const svg = renderChart(spec);
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
      const svg = renderChart(spec);
      if (spec.type === 'timeline') expect(svg).toContain('role="group" aria-labelledby="safe-title" aria-describedby="safe-desc"');
      else expect(svg).toContain('role="img" aria-labelledby="safe-title safe-desc"');
    }
  });
});
