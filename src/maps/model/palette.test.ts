import { describe, expect, it } from 'vitest';
import { colour, MAP_TOKENS, readPalette } from './palette.ts';
import { MAP_ACCENTS } from '../../schemas/map.ts';

describe('readPalette', () => {
  it('readPalette(element) reads every map token from the page, trimmed, with a grey for a missing one', () => {
    const style = { getPropertyValue: (name: string) => (name === '--fg' ? ' #1a1a1a ' : name === '--bg' ? '#fff' : '') };
    const palette = readPalette({} as Element, () => style);
    expect(palette['fg']).toBe('#1a1a1a');
    expect(palette['bg']).toBe('#fff');
    expect(palette['c-blue']).toBe('#808080');
  });
});

describe('colour', () => {
  it('colour(palette, token) names a token the palette lacks', () => {
    expect(() => colour({}, 'c-pink')).toThrow(/no colour for token "c-pink"/);
  });
});

describe('MAP_ACCENTS', () => {
  it('MAP_ACCENTS (what data/maps.json may name) are all colours of the live map palette', () => {
    expect(MAP_ACCENTS.filter((a) => !(MAP_TOKENS as readonly string[]).includes(a))).toEqual([]);
  });
});
