import { describe, expect, it } from 'vitest';
import { insideRings, labelWidth, placeLabels } from './label-layout.ts';

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

describe('placeLabels, frame and area', () => {
  const square = [[[100, 100], [200, 100], [200, 200], [100, 200], [100, 100]]] as const;
  it('placeLabels(candidates, w, h, obstacles, padding) keeps every label the padding away from the frame', () => {
    const placed = placeLabels([{ id: 'edge', x: 5, y: 150, lines: ['KARATAL'], fontSize: 12, r: 0, priority: 1, centred: true }], 400, 300, [], 8);
    for (const l of placed) expect(l.x - labelWidth({ lines: l.lines, fontSize: l.fontSize }) / 2).toBeGreaterThanOrEqual(8);
  });
  it('placeLabels(candidates) moves an area label inside its area when its point is blocked', () => {
    const blocker = { x0: 120, y0: 130, x1: 180, y1: 160 };
    const [l] = placeLabels([{ id: 'a', x: 150, y: 150, lines: ['AKSU'], fontSize: 10, r: 0, priority: 1, centred: true, within: square }], 400, 300, [blocker]);
    expect(l).toBeDefined();
    expect(insideRings(square, l!.x, l!.y)).toBe(true);
    expect(l!.leader).toBeUndefined();
  });
  it('placeLabels(candidates) ties a must-keep area label that fits nowhere inside to its point with a leader', () => {
    const [l] = placeLabels([{ id: 'm', x: 150, y: 150, lines: ['A VERY LONG SHARED NAME +', 'ANOTHER*'], fontSize: 12, r: 0, priority: 1, centred: true, leader: true, within: square }], 400, 300);
    expect(l?.leader).toMatchObject({ x1: 150, y1: 150 });
  });
  it('labelWidth(candidate) counts letter spacing after every character', () => {
    expect(labelWidth({ lines: ['AKSU'], fontSize: 10, letterSpacing: 1 }) - labelWidth({ lines: ['AKSU'], fontSize: 10 })).toBeCloseTo(4);
  });
});

describe('insideRings', () => {
  it('insideRings(rings, x, y) treats an inner ring as a hole', () => {
    const rings = [[[0, 0], [10, 0], [10, 10], [0, 10]], [[3, 3], [7, 3], [7, 7], [3, 7]]] as const;
    expect([insideRings(rings, 1, 1), insideRings(rings, 5, 5), insideRings(rings, 11, 5)]).toEqual([true, false, false]);
  });
});

describe('placeLabels, short forms', () => {
  it('placeLabels(candidates) uses an area label\'s short form inside its area before a leader outside', () => {
    const square = [[[100, 100], [160, 100], [160, 160], [100, 160], [100, 100]]] as const;
    const [l] = placeLabels([{ id: 'm', x: 130, y: 130, lines: ['A VERY LONG SHARED NAME +', 'ANOTHER*'], short: ['A*'], fontSize: 12, r: 0, priority: 1, centred: true, leader: true, within: square }], 400, 300);
    expect(l?.lines).toEqual(['A*']);
    expect(l?.leader).toBeUndefined();
  });
});
