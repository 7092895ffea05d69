import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { compactPath } from './compact-path.ts';

const identity = geoIdentity() as unknown as Parameters<typeof compactPath>[0];

describe('compactPath', () => {
  it('compactPath(projection) writes relative moves rounded to 0.1 px', () => {
    const d = compactPath(identity)({ type: 'LineString', coordinates: [[10, 20], [10.04, 20.5], [12.26, 19]] });
    expect(d).toBe('M10,20l0,.5l2.3-1.5');
  });
  it('compactPath(projection) drops points that round onto the previous one and closes rings', () => {
    const d = compactPath(identity)({ type: 'Polygon', coordinates: [[[0, 0], [0.01, 0], [5, 0], [5, 5], [0, 0]]] });
    expect(d).toMatch(/^M0,0l5,0l0,5/);
    expect(d.endsWith('z')).toBe(true);
  });
  it('compactPath(projection) starts each part of a multi-geometry relative to the end of the last one', () => {
    const d = compactPath(identity)({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[3, 3], [4, 3]]] });
    expect(d).toBe('M0,0l1,0m2,3l1,0');
  });
});
