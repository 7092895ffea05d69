import { describe, expect, it } from 'vitest';
import { alongReference } from './near.ts';

describe('alongReference', () => {
  it('alongReference(lines, reference, tolerance) keeps only the runs that follow the reference', () => {
    const lines = { type: 'MultiLineString' as const, coordinates: [[[0, 0], [1, 0.01], [2, 0], [3, 1], [4, 1], [5, 0.02], [6, 0]]] };
    const reference = { type: 'MultiLineString' as const, coordinates: [[[0, 0], [6, 0]]] };
    expect(alongReference(lines, reference, 0.05).coordinates).toEqual([[[0, 0], [1, 0.01], [2, 0]], [[5, 0.02], [6, 0]]]);
  });
});
