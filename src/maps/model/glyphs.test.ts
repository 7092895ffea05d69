import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_GLYPHS, GLYPH_ALPHABET, GLYPH_RANGES, LABEL_PROPERTIES, MAP_FONT, glyphBlocks, glyphsCover } from './glyphs.ts';
import { labelText } from './label-text.ts';

const dir = join(import.meta.dirname, '../../../public/glyphs', MAP_FONT);
const TOPOLOGY = join(import.meta.dirname, '../../../public/generated/geo/zhetysu.topo.json');

describe('glyphsCover', () => {
  it('glyphsCover(text) accepts Kazakh and Russian Cyrillic, digits and dashes', () => {
    expect(glyphsCover('Талдықорған Үшарал Ақсу Алакөл Сарқан Ғ Ң Ұ Һ І Ә ёЁ')).toBe(true);
    expect(glyphsCover('Taldykorgan – 2022 (schematic)\n')).toBe(true);
  });
  it('glyphsCover(text) rejects characters that are not built', () => {
    expect(glyphsCover('霍尔果斯')).toBe(false);
    expect(glyphsCover('Ω')).toBe(false);
  });
});

describe('glyphBlocks', () => {
  it('glyphBlocks(chars) lists the 256-code-point blocks of the characters, once each, in order', () => {
    expect(glyphBlocks('–aЖb')).toEqual([0, 1024, 8192]);
  });
});

describe('public/glyphs', () => {
  it('public/glyphs has a glyph for every character the map labels draw', () => {
    const topology: unknown = JSON.parse(readFileSync(TOPOLOGY, 'utf8'));
    const missing = [...new Set(labelText(topology, LABEL_PROPERTIES))].filter((ch) => !glyphsCover(ch));
    expect(missing, `map labels use ${JSON.stringify(missing.join(''))}, which public/glyphs/ lacks: run \`npm run glyphs\` and commit public/glyphs/ and src/maps/model/glyph-set.ts`).toEqual([]);
  });

  it('public/glyphs carries the whole Kazakh and Russian alphabets, so a Cyrillic label needs no rebuild', () => {
    expect([...GLYPH_ALPHABET].filter((ch) => !BUILT_GLYPHS.includes(ch))).toEqual([]);
  });

  it('public/glyphs holds one PBF per built range and the font licence', () => {
    expect(GLYPH_RANGES).toEqual(glyphBlocks(BUILT_GLYPHS));
    for (const start of GLYPH_RANGES) {
      const file = join(dir, `${start}-${start + 255}.pbf`);
      expect(existsSync(file), `${file} is missing: run npm run glyphs`).toBe(true);
      expect(readFileSync(file).length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(dir, 'OFL.txt'), 'utf8')).toMatch(/SIL Open Font License/);
  });
});
