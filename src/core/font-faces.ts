// Which of the site's @font-face files a text needs, read from src/styles/fonts.css itself, so a page
// can preload the non-Latin faces it will fetch (found only after styles are computed, they start late).

export type Family = 'sans' | 'serif';

export interface Face {
  family: Family;
  /** The file name the face's url() ends with, e.g. "noto-sans-cyrillic-wght-normal.woff2". */
  file: string;
  /** Inclusive code point ranges of its unicode-range. */
  ranges: Array<readonly [number, number]>;
}

const FAMILY: Record<string, Family> = { 'Noto Sans Variable': 'sans', 'Noto Serif Variable': 'serif' };

/** "U+0400-045F, U+2116" (CSS unicode-range, or fontace's list joined) as inclusive pairs; unreadable parts are skipped. */
export function parseRanges(text: string): Array<readonly [number, number]> {
  return text.split(',').flatMap((part) => {
    const [from = NaN, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
    return Number.isNaN(from) || Number.isNaN(to) ? [] : [[from, to] as const];
  });
}

/** The @font-face rules of the two Noto families, in declaration order; fallback faces (local()) are skipped. */
export function parseFaces(css: string): Face[] {
  const faces: Face[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const family = FAMILY[/font-family:\s*"([^"]+)"/.exec(body)?.[1] ?? ''];
    const file = /url\("?([^")]+)"?\)/.exec(body)?.[1]?.split('/').pop();
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!family || !file || !range) continue;
    faces.push({ family, file, ranges: parseRanges(range) });
  }
  return faces;
}

/**
 * The faces of `family` the browser fetches for `text`: for each character, the last-declared face whose
 * unicode-range holds it (CSS Fonts 4 checks overlapping faces in reverse order), in declaration order.
 */
export function facesFor(faces: readonly Face[], family: Family, text: string): Face[] {
  const own = faces.filter((f) => f.family === family);
  const used = new Set<Face>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    const face = own.findLast((f) => f.ranges.some(([a, b]) => code >= a && code <= b));
    if (face) used.add(face);
  }
  return own.filter((f) => used.has(f));
}
