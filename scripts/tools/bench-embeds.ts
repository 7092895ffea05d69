// Total gzipped bytes of every embed page as a browser first loads it: the HTML and every
// stylesheet, script (with its static imports), image and font it references. `npm run bench:embeds`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A chart embed must load in fewer gzipped bytes than this. */
export const CHART_BUDGET = 25_000;

export interface EmbedBytes {
  id: string;
  /** Graphic type from `<html data-embed-type>`. */
  type: string;
  html: number;
  css: number;
  js: number;
  /** Images, fonts and data files. */
  other: number;
  total: number;
  /** Site paths of everything counted besides the HTML. */
  files: string[];
}

const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 6 }).length;

/** Site paths an HTML page loads on its own: stylesheets, scripts, images, preloads, icons. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(?:link|script|img|source)\b[^>]*>/gi) ?? []) {
    const name = tag.slice(1).split(/[\s>]/)[0]?.toLowerCase();
    const attr = (key: string) => tag.match(new RegExp(`\\s${key}="([^"]*)"`, 'i'))?.[1];
    if (name === 'link') {
      const rel = attr('rel')?.toLowerCase() ?? '';
      if (/\b(stylesheet|preload|modulepreload|icon)\b/.test(rel)) refs.push(attr('href') ?? '');
    } else if (name === 'script') {
      const src = attr('src');
      if (src) refs.push(src);
    } else {
      const src = attr('src') ?? attr('srcset')?.split(/\s/)[0];
      if (src) refs.push(src);
    }
  }
  return refs.filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
}

/** Site paths a stylesheet pulls in through url() and @import. */
export function cssReferences(css: string, from: string): string[] {
  const refs = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((m) => m[1] ?? m[2] ?? '');
  return refs.filter((ref) => !ref.startsWith('data:') && !/^[a-z]+:/i.test(ref)).map((ref) => new URL(ref, `http://x${from}`).pathname);
}

/** Site paths a script statically imports (dynamic import() loads on demand and is not counted). */
export function jsReferences(js: string, from: string): string[] {
  const refs = [...js.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return refs.filter((ref) => ref.startsWith('.') || ref.startsWith('/')).map((ref) => new URL(ref, `http://x${from}`).pathname);
}

/** Bytes of one built embed page and everything it loads first. */
export function measureEmbed(dist: string, id: string): EmbedBytes {
  const html = readFileSync(join(dist, 'embed', id, 'index.html'), 'utf8');
  const type = html.match(/<html\b[^>]*\sdata-embed-type="([^"]+)"/)?.[1] ?? 'unknown';
  const result: EmbedBytes = { id, type, html: gz(html), css: 0, js: 0, other: 0, total: 0, files: [] };
  const queue = htmlReferences(html);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(dist, decodeURIComponent(path));
    if (!existsSync(file)) throw new Error(`bench-embeds: /embed/${id}/ loads ${path}, which is not in ${dist}; run \`npm run build\` again or fix the reference.`);
    const bytes = readFileSync(file);
    if (path.endsWith('.css')) {
      result.css += gz(bytes);
      queue.push(...cssReferences(bytes.toString('utf8'), path));
    } else if (/\.m?js$/.test(path)) {
      result.js += gz(bytes);
      queue.push(...jsReferences(bytes.toString('utf8'), path));
    } else result.other += gz(bytes);
  }
  result.files = [...seen];
  result.total = result.html + result.css + result.js + result.other;
  return result;
}

/** Every embed page in a build, by id. */
export function measureEmbeds(dist: string): EmbedBytes[] {
  const root = join(dist, 'embed');
  if (!existsSync(root)) throw new Error(`bench-embeds: ${root} does not exist; run \`npm run build\` first.`);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
    .map((entry) => measureEmbed(dist, entry.name))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const kb = (n: number): string => (n / 1000).toFixed(1);

/** Markdown table, one row per embed, sizes in kB (1000 bytes) gzipped. */
export function table(rows: readonly EmbedBytes[]): string {
  const lines = ['| embed | type | HTML | CSS | JS | images/data | total kB gz | budget |', '|---|---|--:|--:|--:|--:|--:|---|'];
  for (const r of rows) {
    const budget = r.type === 'map' ? 'n/a (map)' : r.total < CHART_BUDGET ? 'ok' : `OVER ${kb(CHART_BUDGET)}`;
    lines.push(`| ${r.id} | ${r.type} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.other)} | ${kb(r.total)} | ${budget} |`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const rows = measureEmbeds(dist);
  console.log(table(rows));
  const over = rows.filter((r) => r.type !== 'map' && r.total >= CHART_BUDGET);
  console.log(`\n${rows.length} embeds; chart budget ${kb(CHART_BUDGET)} kB gzipped; ${over.length} over.`);
  if (over.length > 0) process.exitCode = 1;
}
