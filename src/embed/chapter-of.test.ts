import { describe, expect, it } from 'vitest';
import { chapterOf } from './chapter-of.ts';

const chapters = [
  { topic: 'water', order: 8, body: '<MapFigure id="districts" />' },
  { topic: 'opening', order: 1, body: 'Text.\n\n<MapFigure id="districts" />' },
  { topic: 'tourism', order: 12, body: "<MapFigure caption={false} id='overview' />" },
];

describe('chapterOf', () => {
  it('chapterOf finds the earliest chapter in story order that shows the map', () => {
    expect(chapterOf('districts', 'all', chapters)).toEqual({ topic: 'opening', shown: true });
    expect(chapterOf('overview', ['roads'], chapters)).toEqual({ topic: 'tourism', shown: true });
  });

  it('chapterOf finds charts by their <Graphic> component', () => {
    expect(chapterOf('roads-km', ['roads'], [{ topic: 'water', order: 3, body: '<Graphic id="roads-km" />' }], 'Graphic')).toEqual({ topic: 'water', shown: true });
  });

  it('chapterOf falls back to the first topic of a map no chapter shows', () => {
    expect(chapterOf('gas', ['gas', 'roads'], chapters)).toEqual({ topic: 'gas', shown: false });
  });

  it("chapterOf falls back to the story's first chapter for a map of every topic that no chapter shows", () => {
    expect(chapterOf('nowhere', 'all', chapters)).toEqual({ topic: 'opening', shown: false });
    expect(chapterOf('nowhere', 'all', [])).toBeNull();
  });
});
