// The one font the live maps draw labels with, served from /glyphs/ (built by scripts/tools/build-glyphs.ts
// with only the characters below, so a reader downloads a few kB of glyphs, not whole Unicode blocks).
import { BUILT_GLYPHS, GLYPH_RANGES } from './glyph-set.ts';

export { BUILT_GLYPHS, GLYPH_RANGES };

/** Font stack name in the style's text-font, and the folder under public/glyphs/. */
export const MAP_FONT = 'noto-sans-regular';

/** Feature properties the label layers draw as text (layers/points.ts `text-field`). */
export const LABEL_PROPERTIES = ['name', 'text'] as const;

const UPPER_RU = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const UPPER_KK = 'ӘҒҚҢӨҰҮҺІ';
/**
 * Built whatever today's labels say, beside every character they use: the Russian and Kazakh
 * alphabets in both cases (a reader downloads the Cyrillic range only once a label needs it),
 * digits, and the punctuation labels use. Other Latin letters are built when a label needs them.
 */
export const GLYPH_ALPHABET = [...'0123456789 ()-,.', ...UPPER_RU, ...UPPER_RU.toLowerCase(), ...UPPER_KK, ...UPPER_KK.toLowerCase(), ...'«»–—№'].join('');

/** The 256-code-point blocks (MapLibre requests /glyphs/<font>/<start>-<start+255>.pbf) that hold `chars`. */
export function glyphBlocks(chars: string): number[] {
  return [...new Set([...chars].map((ch) => Math.floor((ch.codePointAt(0) ?? 0) / 256) * 256))].sort((a, b) => a - b);
}

const built = new Set(BUILT_GLYPHS);

/** True when every character of `text` was built (else MapLibre draws nothing for it); line breaks need none. */
export function glyphsCover(text: string): boolean {
  return [...text].every((ch) => ch === '\n' || built.has(ch));
}
