// Builds the MapLibre glyph PBFs in public/glyphs/ from Noto Sans (OFL, npm @expo-google-fonts/noto-sans).
// The output is committed: it changes only with the font, and fontnik is a native module the site
// build should not need. Run it after upgrading the font: `node scripts/build-glyphs.ts`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GLYPH_RANGES, MAP_FONT } from '../src/maps/glyphs.ts';

const require = createRequire(import.meta.url);
type Range = (options: { font: Buffer; start: number; end: number }, callback: (error: Error | null, pbf: Uint8Array) => void) => void;
const fontnik = require('fontnik') as { range: Range };

const pkg = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const font = readFileSync(join(pkg, '400Regular/NotoSans_400Regular.ttf'));
const out = join(import.meta.dirname, '../public/glyphs', MAP_FONT);

const range = (start: number) =>
  new Promise<Uint8Array>((resolve, reject) => fontnik.range({ font, start, end: start + 255 }, (error, pbf) => (error ? reject(error) : resolve(pbf))));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let total = 0;
for (const start of GLYPH_RANGES) {
  const pbf = await range(start);
  writeFileSync(join(out, `${start}-${start + 255}.pbf`), pbf);
  total += pbf.length;
}
// The OFL requires the licence to travel with the font and anything built from it.
copyFileSync(join(pkg, 'LICENSE_FONT'), join(out, 'OFL.txt'));
console.log(`glyphs: ${GLYPH_RANGES.length} ranges of ${MAP_FONT}, ${Math.round(total / 1024)} KB, in ${out}`);
