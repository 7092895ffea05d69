// The bench's reference ratios (issue 14, item 5): our bytes against what a reader would load otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureEmbed } from '../bench-embeds.ts';
import type { PageBytes } from '../../quality/budgets.ts';

export interface Ratio {
  name: string;
  /** Gzipped bytes of ours. */
  ours: number;
  /** Gzipped bytes of the reference (0 when the reference is "nothing at all"). */
  reference: number;
  /** What each side counts, to read the row without the code. */
  note: string;
}

export const gz = (bytes: Uint8Array | string): number => gzipSync(bytes).length;
const gzFile = (file: string): number => gz(readFileSync(file));

/** The first inline <svg>…</svg> of an embed page: the chart a reader sees, without page or styles. */
export function firstSvg(html: string): string | undefined {
  return /<svg\b[\s\S]*?<\/svg>/.exec(html)?.[0];
}

/** Ratios from a build in `dist`, `root`'s node_modules for the references, and the bytes a map chapter loaded after the first interaction. */
export function referenceRatios(root: string, dist: string, pages: readonly PageBytes[], mapInteractionBytes: number | undefined): Ratio[] {
  const ratios: Ratio[] = [];
  const pym = join(root, 'node_modules/pym.js/dist');
  ratios.push({
    name: 'embed child + loader vs pym.js 1.3.2',
    ours: gzFile(join(dist, 'embed/child.js')) + gzFile(join(dist, 'embed/loader.js')),
    reference: gzFile(join(pym, 'pym.v1.min.js')) + gzFile(join(pym, 'pym-loader.v1.min.js')),
    note: '/embed/child.js + /embed/loader.js against pym.v1.min.js + pym-loader.v1.min.js',
  });
  const maplibre = join(root, 'node_modules/maplibre-gl/dist');
  if (mapInteractionBytes !== undefined) {
    ratios.push({
      name: 'map payload vs maplibre-gl dist',
      ours: mapInteractionBytes,
      reference: ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map((f) => gzFile(join(maplibre, f))).reduce((a, b) => a + b, 0),
      note: 'everything a map chapter loads after the first interaction against maplibre-gl.mjs + worker + css',
    });
  }
  const chart = pages.find((p) => p.kind === 'embed');
  if (chart !== undefined) {
    const id = chart.path.split('/')[2] ?? '';
    const svg = firstSvg(readFileSync(join(dist, 'embed', id, 'index.html'), 'utf8'));
    ratios.push({
      name: `chart embed vs its SVG alone (${id})`,
      ours: measureEmbed(dist, id).total,
      reference: svg === undefined ? 0 : gz(svg),
      note: 'the embed page and all it loads first against its first inline <svg>',
    });
  }
  const chapters = pages.filter((p) => p.kind === 'chapter');
  if (chapters.length > 0) {
    const most = chapters.reduce((a, b) => (b.bytes.js > a.bytes.js ? b : a));
    ratios.push({ name: `chart chapters' JS vs 0 (largest: ${most.path})`, ours: most.bytes.js, reference: 0, note: `${chapters.length} chart chapters; the largest one's JavaScript` });
  }
  return ratios;
}

/** "4.1×", or "+2.3 kB" when the reference is zero bytes. */
export function formatRatio(r: Ratio): string {
  if (r.reference === 0) return r.ours === 0 ? '0 B (=)' : `+${(r.ours / 1000).toFixed(1)} kB`;
  return `${(r.ours / r.reference).toFixed(2)}×`;
}

/** The MapLibre worker file in a build (its fetch is not a page request in the browser's events). */
export function workerFiles(dist: string): string[] {
  const dir = join(dist, '_astro');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith('maplibre-gl-worker')).map((f) => `/_astro/${f}`) : [];
}
