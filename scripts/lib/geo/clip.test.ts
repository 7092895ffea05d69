import { describe, expect, it } from 'vitest';
import { clipGeometry, clipLine, clipRing } from './clip.ts';

const box = [0, 0, 10, 10] as const;

describe('clipRing', () => {
  it('clipRing(ring, bbox) keeps a ring that lies inside', () => {
    const ring = [[1, 1], [2, 1], [2, 2], [1, 1]];
    expect(clipRing(ring, box)).toEqual(ring);
  });
  it('clipRing(ring, bbox) cuts a ring that crosses an edge along that edge', () => {
    expect(clipRing([[5, 5], [15, 5], [15, 8], [5, 8], [5, 5]], box)).toEqual([[5, 5], [10, 5], [10, 8], [5, 8], [5, 5]]);
  });
  it('clipRing(ring, bbox) returns null for a ring outside', () => {
    expect(clipRing([[20, 20], [21, 20], [21, 21], [20, 20]], box)).toBeNull();
  });
});

describe('clipLine', () => {
  it('clipLine(line, bbox) splits a line that leaves and re-enters', () => {
    expect(clipLine([[1, 5], [15, 5], [15, 6], [1, 6]], box)).toEqual([[[1, 5], [10, 5]], [[10, 6], [1, 6]]]);
  });
  it('clipLine(line, bbox) keeps a line inside as one part', () => {
    expect(clipLine([[1, 1], [2, 2], [3, 1]], box)).toEqual([[[1, 1], [2, 2], [3, 1]]]);
  });
});

describe('clipGeometry', () => {
  it('clipGeometry(multipolygon, bbox) drops parts outside and unwraps a single survivor', () => {
    const g = clipGeometry({ type: 'MultiPolygon', coordinates: [[[[1, 1], [2, 1], [2, 2], [1, 1]]], [[[20, 20], [21, 20], [21, 21], [20, 20]]]] }, box);
    expect(g).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
  });
  it('clipGeometry(point, bbox) keeps points inside and drops points outside', () => {
    expect(clipGeometry({ type: 'Point', coordinates: [5, 5] }, box)).not.toBeNull();
    expect(clipGeometry({ type: 'Point', coordinates: [50, 5] }, box)).toBeNull();
  });
  it('clipGeometry(collection) names the type it cannot clip', () => {
    expect(() => clipGeometry({ type: 'GeometryCollection', geometries: [] }, box)).toThrow(/GeometryCollection is not supported/);
  });
});
