import { describe, expect, it } from 'vitest';
import { insidePolygon, labelPoint } from './label-point.ts';

describe('labelPoint', () => {
  it('labelPoint(square) lands near the middle', () => {
    const [x, y] = labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]] });
    expect(Math.abs(x - 1)).toBeLessThan(0.1);
    expect(Math.abs(y - 1)).toBeLessThan(0.1);
  });
  it('labelPoint(U shape) stays inside, where the centroid would not', () => {
    const u = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    const [x, y] = labelPoint(u);
    const inArm = (x < 1 || x > 2) || y < 1;
    expect(inArm).toBe(true);
  });
});

describe('insidePolygon', () => {
  it('insidePolygon(point, rings) is true inside the outer ring and false inside a hole', () => {
    const rings = [[[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]], [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]];
    expect(insidePolygon([3, 3], rings)).toBe(true);
    expect(insidePolygon([1.5, 1.5], rings)).toBe(false);
    expect(insidePolygon([5, 5], rings)).toBe(false);
  });
});
