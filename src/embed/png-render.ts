// One rasterisation with resvg: what a PNG worker runs, and what png.ts runs in-process when workers are off.
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng, isOpaque } from './png-encode.ts';

/** Everything resvg needs for one image; plain data so it can cross to a worker thread. */
export interface PngJob {
  /** SVG with every var(--token) already resolved. */
  svg: string;
  /** Output width in px. */
  width: number;
  /** Page background painted under the SVG. */
  background: string;
  /** Absolute paths of the font faces resvg may use (never system fonts). */
  fontFiles: string[];
  fontFamily: string;
}

export function renderJob(job: PngJob): Uint8Array {
  const resvg = new Resvg(job.svg, {
    fitTo: { mode: 'width', value: job.width },
    background: job.background,
    font: { loadSystemFonts: false, fontFiles: job.fontFiles, defaultFontFamily: job.fontFamily, sansSerifFamily: job.fontFamily },
    logLevel: 'error',
  });
  const image = resvg.render();
  const pixels = image.pixels;
  // An opaque background (every job's) leaves no transparency to keep; a translucent one keeps resvg's RGBA encoder.
  return isOpaque(pixels) ? encodeOpaquePng(image.width, image.height, pixels) : new Uint8Array(image.asPng());
}
