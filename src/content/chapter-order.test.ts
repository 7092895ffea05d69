import { describe, expect, it } from 'vitest';
import { inStoryOrder, neighbours } from './chapter-order.ts';

const ch = (id: string, order: number, topic = id) => ({ id, data: { order, topic } });

describe('inStoryOrder', () => {
  it('inStoryOrder(chapters) sorts by order', () => {
    expect(inStoryOrder([ch('gas', 7), ch('opening', 0), ch('sugar', 2)]).map((c) => c.id)).toEqual(['opening', 'sugar', 'gas']);
  });

  it('inStoryOrder(chapters) names both files when an order or topic repeats', () => {
    expect(() => inStoryOrder([ch('a', 1, 'sugar'), ch('b', 1, 'sugar')])).toThrow(
      'content/chapters/b.mdx: order 1 is already used by content/chapters/a.mdx. Each chapter needs its own order.\n' +
        'content/chapters/b.mdx: topic sugar is already used by content/chapters/a.mdx. Each chapter needs its own topic.',
    );
  });
});

describe('neighbours', () => {
  it('neighbours(chapters, id) gives the previous and next chapter, undefined at the ends', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'c').next).toBeUndefined();
  });
});
