// Emits Noto Sans and Noto Serif cut to the Kazakh letters Russian Cyrillic lacks, so a page with one
// Kazakh word loads a ~4 kB face instead of fontsource's 71–89 kB Cyrillic Extended file (src/styles/fonts.css).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontace } from 'fontace';
import { compress, decompress } from 'wawoff2';
import { parseRanges } from '../../src/core/font-faces.ts';
import { subsetFace } from '../../src/core/font-subset.ts';
import type { Builder, Problem } from '../lib/builder.ts';

/** The letters of the Kazakh alphabet outside fontsource's Cyrillic file (Ұұ and Іі are in it). */
export const KAZAKH_LETTERS = 'ӘәҒғҚқҢңӨөҮүҺһ';

export const FAMILIES = ['sans', 'serif'] as const;

/** The fontsource face the letters are cut from, relative to the project root. */
export const sourceFace = (family: (typeof FAMILIES)[number]): string =>
  `node_modules/@fontsource-variable/noto-${family}/files/noto-${family}-cyrillic-ext-wght-normal.woff2`;

/** Where the cut face goes; fonts.css names it. */
export const kazakhFace = (family: (typeof FAMILIES)[number]): string => `src/generated/fonts/noto-${family}-kazakh-wght-normal.woff2`;

/** Code points as CSS unicode-range text, consecutive ones joined: "U+0492-0493, U+049A-049B". */
export function unicodeRange(letters: string): string {
  const codes = [...new Set([...letters].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const code of codes) {
    const last = ranges.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else ranges.push([code, code]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** The code points a font maps, from fontace's "U+41-5A, U+61" list. */
export function mappedCodePoints(range: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const [from, to] of parseRanges(range.join(','))) for (let code = from; code <= to; code++) out.add(code);
  return out;
}

/** Cuts one face; a problem when the source is unreadable or the cut lost a letter or the weight axis. */
export async function cutFace(root: string, family: (typeof FAMILIES)[number], letters = KAZAKH_LETTERS): Promise<{ bytes?: Uint8Array; problems: Problem[] }> {
  const file = sourceFace(family);
  let source: Uint8Array;
  try {
    source = readFileSync(join(root, file));
  } catch (error) {
    return { problems: [{ file, received: (error as Error).message, expected: 'the fontsource Noto face', hint: 'Run `npm ci`: the font comes from the @fontsource-variable packages.' }] };
  }
  const codes = [...letters].map((c) => c.codePointAt(0) ?? 0);
  const bytes = await compress(await subsetFace(await decompress(source), codes.map((c) => [c, c] as const), root));
  const meta = fontace(Buffer.from(bytes));
  const mapped = mappedCodePoints(meta.unicodeRangeArray);
  const missing = [...letters].filter((c) => !mapped.has(c.codePointAt(0) ?? 0));
  const problems: Problem[] = [];
  if (missing.length > 0) problems.push({ file, field: 'cmap', received: `no glyph for ${missing.join(' ')}`, expected: `a glyph for every letter of ${letters}`, hint: 'The fontsource package changed its subsets; cut the letters from the file that now holds them (scripts/datasets/kazakh-faces.ts).' });
  if (!meta.isVariable || meta.weight !== '100 900') problems.push({ file, field: 'fvar', received: `weight ${meta.weight}${meta.isVariable ? '' : ', not variable'}`, expected: 'a variable face with weights 100 900, like the other Noto faces', hint: 'The cut must keep the weight axis (HarfBuzz keeps variations unless told to pin them).' });
  return { bytes, problems };
}

export const kazakhFaces: Builder = {
  name: 'kazakh-faces',
  async build(ctx) {
    const outputs = new Map<string, Uint8Array>();
    const problems: Problem[] = [];
    for (const family of FAMILIES) {
      const cut = await cutFace(ctx.root, family);
      problems.push(...cut.problems);
      if (cut.bytes) outputs.set(kazakhFace(family), cut.bytes);
    }
    const sizes = [...outputs.values()].map((b) => `${(b.length / 1000).toFixed(1)} kB`).join(' and ');
    return { problems, outputs, summary: `${KAZAKH_LETTERS.length} Kazakh letters in Noto Sans and Serif (${sizes})` };
  },
};
