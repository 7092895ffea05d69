import { describe, expect, it } from 'vitest';
import { AREA, countClass, countOpacity, routeSymbol } from './symbols.ts';

describe('routeSymbol', () => {
  it('routeSymbol(kind, state, false) keeps other gas and other oil pipelines in different colours', () => {
    expect(routeSymbol('gas-pipeline', 'existing', false).colour).not.toBe(routeSymbol('oil-pipeline', 'existing', false).colour);
  });
  it('routeSymbol(kind, state, highlighted) never draws a pipeline in a colour of water', () => {
    const water = new Set<string>([AREA.water, AREA.waterLine, 'c-blue']);
    for (const kind of ['gas-pipeline', 'oil-pipeline'] as const) for (const h of [true, false]) expect(water.has(routeSymbol(kind, 'existing', h).colour)).toBe(false);
  });
  it('routeSymbol(kind, state, false) draws context thinner than the routes a map is about', () => {
    expect(routeSymbol('gas-pipeline', 'existing', false).width).toBeLessThan(routeSymbol('gas-pipeline', 'existing', true).width);
  });
});

describe('countClass', () => {
  it('countClass(count) puts 0 in its own class and steps at the breaks', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 20].map(countClass)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('countOpacity(count) is 0 for none and rises by at least 0.2 a class', () => {
    const steps = [0, 1, 2, 4, 8].map(countOpacity);
    expect(steps[0]).toBe(0);
    for (let i = 1; i < steps.length; i++) expect(steps[i]! - steps[i - 1]!).toBeGreaterThanOrEqual(0.2);
  });
});
