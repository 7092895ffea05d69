// Cuts a TrueType font to a set of characters with HarfBuzz's hb-subset (WebAssembly, npm harfbuzzjs),
// keeping every layout feature (kerning, ligatures) for the glyphs that remain.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface HarfBuzz {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, kind: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfbuzz: Promise<HarfBuzz> | undefined;
function loadHarfBuzz(root: string): Promise<HarfBuzz> {
  harfbuzz ??= WebAssembly.instantiate(readFileSync(resolve(root, 'node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm'))).then(({ instance }) => {
    const hb = instance.exports as unknown as HarfBuzz;
    hb._initialize();
    return hb;
  });
  return harfbuzz;
}

/** `font` cut to the code points in `ranges` (inclusive pairs). */
export async function subsetFace(font: Uint8Array, ranges: ReadonlyArray<readonly [number, number]>, root = process.cwd()): Promise<Uint8Array> {
  const hb = await loadHarfBuzz(root);
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('subsetFace: HarfBuzz could not create a subset input (out of memory?).');
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const [from, to] of ranges) for (let code = from; code <= to; code++) hb.hb_set_add(unicodes, code);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('subsetFace: HarfBuzz could not subset the font; is it a TrueType font?');
    const out = hb.hb_face_reference_blob(subset);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(subset);
    if (bytes.length === 0) throw new Error('subsetFace: HarfBuzz returned an empty font.');
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
