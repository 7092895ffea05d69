import { describe, expect, it } from 'vitest';
import { mapChapter } from './map-chapter.ts';

const chapters = [
  { topic: 'water', order: 8, body: '<MapFigure id="districts" />' },
  { topic: 'opening', order: 1, body: 'Text.\n\n<MapFigure id="districts" />' },
  { topic: 'tourism', order: 12, body: "<MapFigure caption={false} id='overview' />" },
];

describe('mapChapter', () => {
  it('mapChapter finds the earliest chapter in story order that shows the map', () => {
    expect(mapChapter('districts', 'all', chapters)).toEqual({ topic: 'opening', shown: true });
    expect(mapChapter('overview', ['roads'], chapters)).toEqual({ topic: 'tourism', shown: true });
  });

  it('mapChapter falls back to the first topic of a map no chapter shows', () => {
    expect(mapChapter('gas', ['gas', 'roads'], chapters)).toEqual({ topic: 'gas', shown: false });
  });

  it("mapChapter falls back to the story's first chapter for a map of every topic that no chapter shows", () => {
    expect(mapChapter('nowhere', 'all', chapters)).toEqual({ topic: 'opening', shown: false });
    expect(mapChapter('nowhere', 'all', [])).toBeNull();
  });
});
