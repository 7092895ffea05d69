// Builds the MapLibre glyph PBFs in public/glyphs/ from Noto Sans (OFL, npm @expo-google-fonts/noto-sans),
// with only the characters the maps can need: GLYPH_ALPHABET (English, Kazakh and Russian) plus every
// character of today's labels. Run `npm run data` first (the labels come from the map data), then
// `npm run glyphs`; commit public/glyphs/ and src/maps/model/glyph-set.ts. The output is committed: fontnik
// is a native module the site build should not need; src/maps/model/glyphs.test.ts says when it is stale.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GEO_PUBLIC_PATH } from '../datasets/geo.ts';
import { GLYPH_ALPHABET, LABEL_PROPERTIES, MAP_FONT, glyphBlocks } from '../../src/maps/model/glyphs.ts';
import { labelText } from '../../src/maps/model/label-text.ts';
import { subsetFace } from '../../src/core/font-subset.ts';

const require = createRequire(import.meta.url);
type Range = (options: { font: Buffer; start: number; end: number }, callback: (error: Error | null, pbf: Uint8Array) => void) => void;
const fontnik = require('fontnik') as { range: Range };

const root = join(import.meta.dirname, '../..');
const pkg = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const out = join(root, 'public/glyphs', MAP_FONT);

let topology: unknown;
try {
  topology = JSON.parse(readFileSync(join(root, GEO_PUBLIC_PATH), 'utf8'));
} catch (error) {
  throw new Error(`build-glyphs: cannot read ${GEO_PUBLIC_PATH} (${(error as Error).message}); run \`npm run data\` first, the label characters come from it.`);
}
const chars = [...new Set([...GLYPH_ALPHABET, ...labelText(topology, LABEL_PROPERTIES)])].filter((ch) => ch !== '\n').sort().join('');
const codes = [...chars].map((ch) => ch.codePointAt(0) ?? 0);
const font = Buffer.from(await subsetFace(readFileSync(join(pkg, '400Regular/NotoSans_400Regular.ttf')), codes.map((c) => [c, c] as const), root));
const blocks = glyphBlocks(chars);

const range = (start: number) =>
  new Promise<Uint8Array>((resolve, reject) => fontnik.range({ font, start, end: start + 255 }, (error, pbf) => (error ? reject(error) : resolve(pbf))));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let total = 0;
for (const start of blocks) {
  const pbf = await range(start);
  writeFileSync(join(out, `${start}-${start + 255}.pbf`), pbf);
  total += pbf.length;
}
// The OFL requires the licence to travel with the font and anything built from it.
copyFileSync(join(pkg, 'LICENSE_FONT'), join(out, 'OFL.txt'));
writeFileSync(
  join(root, 'src/maps/model/glyph-set.ts'),
  `// Written by scripts/tools/build-glyphs.ts (npm run glyphs): the characters public/glyphs/ holds. Do not edit.\n\n` +
    `/** Every character with a glyph in public/glyphs/${MAP_FONT}/. */\nexport const BUILT_GLYPHS = ${JSON.stringify(chars)};\n\n` +
    `/** The 256-code-point blocks built, one PBF each. */\nexport const GLYPH_RANGES = ${JSON.stringify(blocks)} as const;\n`,
);
console.log(`glyphs: ${chars.length} characters of ${MAP_FONT} in ${blocks.length} ranges, ${Math.round(total / 1024)} KB, in ${out}`);
