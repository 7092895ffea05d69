import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-layout.ts';

describe('placeLabels', () => {
  it('placeLabels(candidates) puts a point label to the right of its symbol', () => {
    const [l] = placeLabels([{ id: 'a', x: 100, y: 100, lines: ['Aksu'], fontSize: 12, r: 3, priority: 1 }], 400, 300);
    expect(l).toMatchObject({ id: 'a', anchor: 'start', x: 106 });
  });
  it('placeLabels(candidates) moves a label that would collide, and drops one that fits nowhere', () => {
    const placed = placeLabels(
      [
        { id: 'first', x: 100, y: 100, lines: ['Taldykorgan'], fontSize: 12, r: 3, priority: 1 },
        { id: 'second', x: 104, y: 100, lines: ['Tekeli'], fontSize: 12, r: 3, priority: 2 },
        { id: 'third', x: 102, y: 100, lines: ['Karabulak'], fontSize: 12, r: 3, priority: 3 },
      ],
      400,
      300,
    );
    expect(placed.map((p) => [p.id, p.anchor])).toEqual([['first', 'start'], ['second', 'end']]);
  });
  it('placeLabels(candidates) keeps labels inside the frame', () => {
    const [l] = placeLabels([{ id: 'edge', x: 395, y: 100, lines: ['Khorgos'], fontSize: 12, r: 3, priority: 1 }], 400, 300);
    expect(l?.anchor).toBe('end');
  });
  it('placeLabels(candidates) ties an area label pushed away from its point with a leader line', () => {
    const blocker = { x0: 0, y0: 0, x1: 400, y1: 130 };
    const [l] = placeLabels([{ id: 'shared', x: 200, y: 100, lines: ['A + B', '(one polygon in source)'], fontSize: 11, r: 0, priority: 0, centred: true, leader: true }], 400, 300, [blocker]);
    expect(l?.leader).toMatchObject({ x1: 200, y1: 100 });
  });
});
