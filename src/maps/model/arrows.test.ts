import { describe, expect, it } from 'vitest';
import { arrowheads } from './arrows.ts';
import { testGeo } from '../testing.ts';

describe('arrowheads', () => {
  it('arrowheads(geo) points each continuing route onward from its last point', () => {
    const [arrow] = arrowheads(testGeo).features;
    // The fixture road runs east to 78.5°E: both barbs trail behind the tip, west of it.
    const [a, tip, b] = arrow!.geometry.coordinates as [number, number][];
    expect(tip).toEqual([78.5, 44.5]);
    expect(a![0]).toBeLessThan(78.5);
    expect(b![0]).toBeLessThan(78.5);
    expect(a![1]).toBeCloseTo(44.5 - (b![1]! - 44.5));
    expect(arrow!.properties['id']).toBe('road');
  });
});
