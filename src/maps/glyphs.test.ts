import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLYPH_RANGES, MAP_FONT, glyphsCover } from './glyphs.ts';

const dir = join(import.meta.dirname, '../../public/glyphs', MAP_FONT);

describe('glyphsCover', () => {
  it('glyphsCover(text) accepts English, Kazakh Cyrillic and dashes', () => {
    expect(glyphsCover('Taldykorgan–Usharal (schematic) “Khorgos”')).toBe(true);
    expect(glyphsCover('Талдықорған Үшарал Ақсу Алакөл Сарқан Ғ Ң Ұ Һ І Ә')).toBe(true);
    expect(glyphsCover('Üşaral Qonaev')).toBe(true);
  });
  it('glyphsCover(text) rejects scripts that are not built', () => {
    expect(glyphsCover('霍尔果斯')).toBe(false);
  });
});

describe('public/glyphs', () => {
  it('public/glyphs holds one PBF per range and the font licence', () => {
    for (const start of GLYPH_RANGES) {
      const file = join(dir, `${start}-${start + 255}.pbf`);
      expect(existsSync(file), `${file} is missing: run node scripts/build-glyphs.ts`).toBe(true);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
    }
    expect(readFileSync(join(dir, 'OFL.txt'), 'utf8')).toMatch(/SIL Open Font License/);
  });
});
