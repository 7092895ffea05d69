// The faces resvg draws image text with: Noto Sans cut by HarfBuzz to the scripts the site writes in
// (resvg parses ~110 KB a face instead of ~630 KB, for the same pixels), or the full faces when an
// image holds a character outside them. Subsets are built once and kept in the PNG cache folder.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { subsetFace } from '../core/font-subset.ts';

/** Unicode ranges (inclusive) kept in the subset faces. */
export const IMAGE_TEXT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 Supplement and Latin Extended-A: × ° é
  [0x400, 0x4ff], // Cyrillic, with every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І)
  [0x2000, 0x206f], // General Punctuation: dashes, curly quotes, ellipsis, thin spaces
  [0x20a0, 0x20cf], // Currency Symbols: ₸
  [0x2100, 0x214f], // Letterlike Symbols: №
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators: − ≈ ≤
];

/** True when every character of `text` is in IMAGE_TEXT_RANGES (line breaks and tabs count as covered). */
export function subsetCovers(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x9 || code === 0xa || code === 0xd) continue;
    if (!IMAGE_TEXT_RANGES.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The characters an SVG can draw: its text content with entities decoded (markup and attributes dropped). */
export function svgText(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name] ?? whole;
    });
}

/** The Noto Sans faces images use, from @expo-google-fonts/noto-sans in node_modules. */
export function fontFiles(root = process.cwd()): string[] {
  const dir = resolve(root, 'node_modules/@expo-google-fonts/noto-sans');
  return [resolve(dir, '400Regular/NotoSans_400Regular.ttf'), resolve(dir, '700Bold/NotoSans_700Bold.ttf')];
}

export { subsetFace };

export interface FaceSet {
  files: string[];
  /** Names what the faces contain, for cache keys: the same digest means the same glyphs. */
  digest: string;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

const faceSets = new Map<string, Promise<{ full: FaceSet; subset: FaceSet }>>();

/**
 * The full faces and their subsets; the subsets are written under `dir` (named by the source
 * font, the ranges and HarfBuzz's version), so later builds only read them.
 */
export function imageFaces(root: string, dir: string): Promise<{ full: FaceSet; subset: FaceSet }> {
  const id = `${root}\0${dir}`;
  let sets = faceSets.get(id);
  if (sets === undefined) {
    sets = buildFaces(root, dir);
    faceSets.set(id, sets);
  }
  return sets;
}

async function buildFaces(root: string, dir: string): Promise<{ full: FaceSet; subset: FaceSet }> {
  const files = fontFiles(root);
  const fonts = files.map((file) => readFileSync(file));
  const fontsDigest = sha256(fonts.map((f) => sha256(f)).join(' '));
  const harfbuzzVersion = (JSON.parse(readFileSync(resolve(root, 'node_modules/harfbuzzjs/package.json'), 'utf8')) as { version: string }).version;
  const subsetDigest = sha256(`${fontsDigest} ${JSON.stringify(IMAGE_TEXT_RANGES)} harfbuzz ${harfbuzzVersion}`);
  mkdirSync(dir, { recursive: true });
  const subsetFiles: string[] = [];
  for (const [i, file] of files.entries()) {
    const out = join(dir, `${subsetDigest.slice(0, 16)}-${basename(file)}`);
    if (!existsSync(out)) {
      const bytes = await subsetFace(fonts[i] as Uint8Array, IMAGE_TEXT_RANGES, root);
      // Written aside, then renamed: a build that stops halfway never leaves half a font.
      const tmp = `${out}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, out);
    }
    subsetFiles.push(out);
  }
  return { full: { files, digest: `full ${fontsDigest}` }, subset: { files: subsetFiles, digest: `subset ${subsetDigest}` } };
}
