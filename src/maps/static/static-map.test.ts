import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { assertWellFormed, countTags, pretty } from '../../charts/common/testing.ts';
import { mapHeight, mapProjection, staticMap } from './static-map.ts';
import { testGeo, testView } from '../testing.ts';

const palette = { bg: '#fff', surface: '#eee', fg: '#111', muted: '#555', rule: '#888', highlight: '#ffe', 'c-orange': '#c50', 'c-blue': '#07b', 'c-sky': '#38b', 'c-red': '#b42', 'c-neutral': '#999', 'c-purple': '#a47' };

describe('staticMap', () => {
  it('staticMap(geo, view) draws the fixture map (snapshot)', async () => {
    const svg = staticMap(testGeo, testView, { palette });
    assertWellFormed(svg);
    await expect(pretty(svg)).toMatchFileSnapshot('__snapshots__/static-map.svg');
  });
  it('staticMap(geo, view) uses CSS variables when no palette is given, so dark mode follows tokens.css', () => {
    const svg = staticMap(testGeo, testView);
    expect(svg).toContain('fill="var(--surface)"');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}"/i);
  });
  it('staticMap(geo, view) escapes names and is named by its title and description', () => {
    const svg = staticMap(testGeo, testView);
    expect(svg).toContain('Town &lt;&amp;&gt; &quot;One&quot;');
    expect(svg).toContain('<title id="map-test-title">Test map</title>');
    expect(svg).toContain('aria-labelledby="map-test-title map-test-desc"');
  });
  it('staticMap(geo, view) marks the shared polygon\'s label with the legend note\'s asterisk', () => {
    expect(staticMap(testGeo, testView)).toMatch(/RURAL\*<\/tspan>|CITY\*<\/tspan>|[A-Z]\*<\/tspan>/);
  });
  it('staticMap(geo, view) fills only the highlighted district and draws the route end arrow and label', () => {
    const svg = staticMap(testGeo, testView);
    expect(svg.match(/<path[^>]*data-fid="district:/g)).toHaveLength(1);
    expect(svg).toContain('data-fid="district:east"');
    expect(svg).toContain('continues to Farplace');
  });
  it('staticMap(geo, view) draws only the places of the view, and no dot for water', () => {
    const svg = staticMap(testGeo, { ...testView, places: ['town'] });
    expect(countTags(svg, 'circle')).toBe(1);
  });
  it('staticMap(geo, view) draws a view once per geo: another id prefix changes only the ids, another view or size a new drawing', () => {
    const chapter = staticMap(testGeo, testView, { idPrefix: 'a' });
    const embed = staticMap(testGeo, testView, { idPrefix: 'b' });
    expect(embed).toBe(chapter.replaceAll('"a-', '"b-').replace(' a-desc"', ' b-desc"'));
    expect(staticMap(testGeo, { ...testView, highlight: { ...testView.highlight, polygons: [] } }, { idPrefix: 'a' })).not.toBe(chapter);
    expect(staticMap(testGeo, testView, { idPrefix: 'a', width: 360 })).toContain('viewBox="0 0 360 ');
    expect(staticMap(testGeo, testView, { idPrefix: 'a', width: 360 })).not.toBe(chapter.replace('viewBox="0 0 720 ', 'viewBox="0 0 360 '));
  });
  it('staticMap(geo, view) carries a wide and a hidden narrow label set', () => {
    const svg = staticMap(testGeo, testView);
    expect(svg).toContain('class="labels labels-wide"');
    expect(svg).toMatch(/class="labels labels-narrow" display="none"/);
  });
});

describe('mapHeight', () => {
  it('mapHeight(extent, width) follows the Mercator aspect of the extent', () => {
    // 4° by 2° around 44.5°N: 2 / 4 stretched by 1 / cos(44.5°) ≈ 0.70.
    expect(mapHeight([75.5, 43.5, 79.5, 45.5], 720)).toBeGreaterThan(500);
    expect(mapHeight([75.5, 43.5, 79.5, 45.5], 720)).toBeLessThan(510);
  });
});

describe('mapProjection', () => {
  it('mapProjection(extent, width) puts the extent corners on the frame corners', () => {
    const p = mapProjection([75.5, 43.5, 79.5, 45.5], 720);
    const [x0, y0] = p([75.5, 45.5])!;
    const [x1, y1] = p([79.5, 43.5])!;
    expect([Math.round(x0), Math.round(y0), Math.round(x1), Math.round(y1)]).toEqual([0, 0, 720, mapHeight([75.5, 43.5, 79.5, 45.5], 720)]);
  });
  it('the fixture polygons are wound for d3-geo (small areas, not the rest of the globe)', () => {
    for (const f of testGeo.districts.features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});

describe('staticMap labels', () => {
  it('staticMap(geo, view) names each highlighted route beside its line', () => {
    const svg = staticMap(testGeo, testView);
    expect(svg).toMatch(/data-role="route"/);
  });
});
