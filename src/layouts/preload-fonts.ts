// The non-Latin faces a page's text makes the browser fetch, as URLs to preload: found only once styles
// are computed, they start late, and a late face swaps in after first paint (Latin is preloaded everywhere).
import fontsCss from '../styles/fonts.css?raw';
import sansCyrillic from '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2?url';
import sansCyrillicExt from '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-ext-wght-normal.woff2?url';
import serifCyrillic from '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-cyrillic-wght-normal.woff2?url';
import serifCyrillicExt from '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-cyrillic-ext-wght-normal.woff2?url';
import { kazakhFaceUrls } from '../data/fonts.ts';
import { facesFor, parseFaces, type Family } from '../core/font-faces.ts';

const faces = parseFaces(fontsCss);
const urls: Record<string, string> = {
  'noto-sans-cyrillic-wght-normal.woff2': sansCyrillic,
  'noto-sans-cyrillic-ext-wght-normal.woff2': sansCyrillicExt,
  'noto-serif-cyrillic-wght-normal.woff2': serifCyrillic,
  'noto-serif-cyrillic-ext-wght-normal.woff2': serifCyrillicExt,
  ...kazakhFaceUrls,
};

/** URLs of the non-Latin faces the texts need, given by the family they are set in. */
export function preloadFonts(texts: Partial<Record<Family, string>>): string[] {
  return (Object.entries(texts) as Array<[Family, string]>).flatMap(([family, text]) =>
    facesFor(faces, family, text).filter((f) => !f.file.includes('-latin-')).map((f) => {
      const url = urls[f.file];
      if (url === undefined) throw new Error(`src/layouts/preload-fonts.ts: fonts.css names ${f.file}, which this file has no URL for; add its ?url import.`);
      return url;
    }));
}
