import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facesFor, parseFaces } from './font-faces.ts';

const faces = parseFaces(readFileSync('src/styles/fonts.css', 'utf8'));
const files = (family: 'sans' | 'serif', text: string) => facesFor(faces, family, text).map((f) => f.file);

describe('font-faces', () => {
  it('parseFaces reads the six fontsource faces and the two Kazakh cuts, not the local() fallbacks', () => {
    expect(faces.map((f) => `${f.family} ${f.file}`)).toEqual([
      'sans noto-sans-cyrillic-ext-wght-normal.woff2', 'sans noto-sans-cyrillic-wght-normal.woff2', 'sans noto-sans-latin-wght-normal.woff2',
      'serif noto-serif-cyrillic-ext-wght-normal.woff2', 'serif noto-serif-cyrillic-wght-normal.woff2', 'serif noto-serif-latin-wght-normal.woff2',
      'sans noto-sans-kazakh-wght-normal.woff2', 'serif noto-serif-kazakh-wght-normal.woff2',
    ]);
    expect(faces[1]?.ranges[0]).toEqual([0x301, 0x301]);
  });
  it('facesFor gives Latin for English, the Kazakh cut for қ, and Cyrillic for Russian and for ұ і', () => {
    expect(files('serif', 'Aitylgan soz')).toEqual(['noto-serif-latin-wght-normal.woff2']);
    expect(files('serif', 'oқpen')).toEqual(['noto-serif-latin-wght-normal.woff2', 'noto-serif-kazakh-wght-normal.woff2']);
    expect(files('sans', 'Жетісу')).toEqual(['noto-sans-cyrillic-wght-normal.woff2']);
    expect(files('sans', 'Жетісу ұ')).toEqual(['noto-sans-cyrillic-wght-normal.woff2', 'noto-sans-latin-wght-normal.woff2']);
  });
  it('facesFor takes a letter outside Russian and Kazakh from Cyrillic Extended, and CJK from no face', () => {
    expect(files('sans', 'ѣ')).toEqual(['noto-sans-cyrillic-ext-wght-normal.woff2']);
    expect(files('sans', '湖北')).toEqual([]);
  });
});
