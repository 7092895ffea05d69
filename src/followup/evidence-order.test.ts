import { describe, expect, it } from 'vitest';
import { byPublished } from './evidence-order.ts';

describe('byPublished', () => {
  it('byPublished(list) puts the newest first, months by their first day, undated last in recorded order', () => {
    const list = [{ published: 'date not shown', n: 1 }, { published: '2024-08', n: 2 }, { published: '2025-10-23', n: 3 }, { published: 'date not shown', n: 4 }, { published: '2024-08-19', n: 5 }];
    expect(byPublished(list).map((e) => e.n)).toEqual([3, 5, 2, 1, 4]);
  });
});
