// The one font the live maps draw labels with, served from /glyphs/ (built by scripts/build-glyphs.ts).

/** Font stack name in the style's text-font, and the folder under public/glyphs/. */
export const MAP_FONT = 'noto-sans-regular';

/** Unicode blocks of 256 code points that are built: Latin-1, Latin Extended-A, Cyrillic (with Kazakh letters), General Punctuation (dashes, quotes). */
export const GLYPH_RANGES = [0, 256, 1024, 8192] as const;

/** True when every character of `text` is in a built range (else MapLibre would request a missing file). */
export function glyphsCover(text: string): boolean {
  return [...text].every((ch) => GLYPH_RANGES.some((start) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= start && code < start + 256;
  }));
}
