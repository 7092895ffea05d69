import { describe, expect, it } from 'vitest';
import { usesById } from './usage.ts';

describe('usesById', () => {
  it('usesById(chapters) maps Fig and Quote ids to the chapters using them, once per chapter', () => {
    const uses = usesById([
      { id: 'sugar', title: 'Sugar', body: 'A <Fig id="a" /> and <Fig show="both" id="a" />.\n\n<Quote id="launch" />' },
      { id: 'gas', title: 'Gas', body: '<Fig id="a"/>' },
    ]);
    expect(uses.get('a')).toEqual([
      { chapter: 'sugar', title: 'Sugar' },
      { chapter: 'gas', title: 'Gas' },
    ]);
    expect(uses.get('launch')).toEqual([{ chapter: 'sugar', title: 'Sugar' }]);
  });

  it('usesById(chapters, graphicClaims) counts the claims a Graphic is built on', () => {
    const uses = usesById([{ id: 'gas', title: 'Gas', body: '<Graphic id="g" />' }], (g) => (g === 'g' ? ['x', 'y'] : []));
    expect([...uses.keys()]).toEqual(['x', 'y']);
  });
});
