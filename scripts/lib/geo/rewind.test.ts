import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { rewindForD3, ringArea } from './rewind.ts';

// RFC 7946 winding: exterior counter-clockwise, hole clockwise.
const rfc = {
  type: 'Polygon' as const,
  coordinates: [
    [[76, 44], [78, 44], [78, 46], [76, 46], [76, 44]],
    [[76.5, 44.5], [76.5, 45], [77, 45], [77, 44.5], [76.5, 44.5]],
  ],
};

describe('rewindForD3', () => {
  it('rewindForD3(polygon) makes d3-geo see a small polygon, not the rest of the globe', () => {
    expect(geoArea(rfc)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindForD3(rfc);
    expect(geoArea(fixed)).toBeLessThan(0.01);
    expect(ringArea(fixed.coordinates[0]!)).toBeLessThan(0);
    expect(ringArea(fixed.coordinates[1]!)).toBeGreaterThan(0);
  });
  it('rewindForD3(polygon) leaves a polygon already in d3 winding alone', () => {
    const fixed = rewindForD3(rfc);
    expect(rewindForD3(fixed)).toEqual(fixed);
  });
  it('rewindForD3(multipolygon) rewinds every part', () => {
    const fixed = rewindForD3({ type: 'MultiPolygon', coordinates: [rfc.coordinates, rfc.coordinates] });
    for (const p of fixed.coordinates) expect(geoArea({ type: 'Polygon', coordinates: p })).toBeLessThan(0.01);
  });
  it('rewindForD3(line) returns lines unchanged', () => {
    const line = { type: 'LineString' as const, coordinates: [[0, 0], [1, 1]] };
    expect(rewindForD3(line)).toBe(line);
  });
});
