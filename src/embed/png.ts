// Rasterises a build-time SVG to PNG with resvg and the bundled Noto Sans (OFL), never system or
// downloaded fonts, so images are the same on every machine. Renders run on worker threads (one per
// core) and land in a content-addressed cache, so an unchanged image is read, not drawn again.
import { availableParallelism } from 'node:os';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { PngCache, pngCacheDir, pngKey } from './png-cache.ts';
import { imageFaces, subsetCovers, svgText } from './png-fonts.ts';
import { PngPool } from './png-pool.ts';
import { renderJob, type PngJob } from './png-render.ts';
import { lightTokens, resolveVariables, type Tokens } from './tokens.ts';

export { fontFiles } from './png-fonts.ts';

export const FONT_FAMILY = 'Noto Sans';
/** Bump when the way a PNG is made changes without any of its keyed inputs changing. */
const PNG_FORMAT = 2;

export interface PngOptions {
  /** Output width in px; the height follows the SVG's aspect ratio. */
  width: number;
  /** Colours for var(--token) references; default the light tokens of tokens.css. */
  tokens?: Tokens;
}

interface Renderer {
  cache: PngCache | null;
  fontsDir: string;
  resvgVersion: string;
  render: (job: PngJob) => Promise<Uint8Array>;
}

/**
 * Worker threads: PNG_WORKERS, else one per core; 0 renders on the calling thread. The worker is
 * found from the project root because the build bundles this module away from its source folder.
 */
function renderer(root: string): Renderer {
  const workers = Number(process.env['PNG_WORKERS'] ?? availableParallelism());
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`PNG_WORKERS must be a whole number ≥ 0 (0 renders without workers); received ${JSON.stringify(process.env['PNG_WORKERS'])}.`);
  const dir = pngCacheDir(root);
  const pool = workers === 0 ? null : new PngPool(resolve(root, 'src/embed/png-worker.ts'), workers);
  const resvg = JSON.parse(readFileSync(resolve(root, 'node_modules/@resvg/resvg-js/package.json'), 'utf8')) as { version: string };
  return {
    cache: dir === null ? null : new PngCache(dir),
    fontsDir: dir === null ? mkdtempSync(join(tmpdir(), 'png-fonts-')) : join(dir, 'fonts'),
    resvgVersion: resvg.version,
    render: pool === null ? async (job) => renderJob(job) : (job) => pool.render(job),
  };
}

const renderers = new Map<string, Renderer>();

/** PNG bytes of `svg`, its CSS variables resolved to light-theme colours, on the page background. */
export async function svgToPng(svg: string, options: PngOptions, root = process.cwd()): Promise<Uint8Array> {
  const tokens = options.tokens ?? lightTokens(root);
  const resolved = resolveVariables(svg, tokens);
  // Keyed by what renderer() reads, so a changed PNG_CACHE_DIR or PNG_WORKERS (tests do) takes effect.
  const id = [root, pngCacheDir(root), process.env['PNG_WORKERS']].join('\0');
  let r = renderers.get(id);
  if (r === undefined) {
    r = renderer(root);
    renderers.set(id, r);
  }
  const faces = await imageFaces(root, r.fontsDir);
  const face = subsetCovers(svgText(resolved)) ? faces.subset : faces.full;
  const job: PngJob = { svg: resolved, width: Math.round(options.width), background: tokens['bg'] ?? '#ffffff', fontFiles: face.files, fontFamily: FONT_FAMILY };
  const key = pngKey({ format: PNG_FORMAT, resvg: r.resvgVersion, faces: face.digest, family: job.fontFamily, width: job.width, background: job.background, svg: job.svg });
  const hit = r.cache?.get(key);
  if (hit !== undefined) return hit;
  const png = await r.render(job);
  r.cache?.put(key, png);
  return png;
}
