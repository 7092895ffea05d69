import { describe, expect, it } from 'vitest';
import { quantizationFor } from './topology.ts';

describe('quantizationFor', () => {
  it('quantizationFor(extent, zoom) is the width in pixels of a 512 px-per-world map at that zoom', () => {
    expect(quantizationFor([-180, -10, 180, 10], 0)).toBe(512);
    expect(quantizationFor([0, 0, 45, 1], 3)).toBe(512);
  });
  it('quantizationFor uses the Mercator height when the extent is taller than wide', () => {
    // 10° wide at the equator is 14.2 px at zoom 0; 0°–60° N is ln(tan 75°) / 2π × 512 ≈ 107.3 px.
    expect(quantizationFor([0, 0, 10, 60], 0)).toBe(108);
  });
  it('quantizationFor doubles, to the pixel, with each zoom level', () => {
    expect(quantizationFor([73, 41.8, 86, 49.6], 11)).toBeCloseTo(2 * quantizationFor([73, 41.8, 86, 49.6], 10), -1);
  });
});
