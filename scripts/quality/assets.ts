// Everything a page can download from the build: its HTML, then every file its HTML, CSS and JS
// name (static and dynamic imports, worker URLs, data files), followed transitively.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { attr, elements, parseHtml, rawText } from './html.ts';

export type AssetKind = 'html' | 'css' | 'js' | 'data' | 'other';

const KIND_BY_EXT: Record<string, AssetKind> = {
  '.html': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js',
  '.json': 'data', '.geojson': 'data', '.topojson': 'data', '.csv': 'data', '.pbf': 'data', '.txt': 'data',
};

export function assetKind(file: string): AssetKind {
  return KIND_BY_EXT[extname(file).toLowerCase()] ?? 'other';
}

/** Absolute file in `dist` for a URL `ref` found in the file at URL path `from`; undefined if none. */
function resolveRef(dist: string, from: string, ref: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript|https?):/i.test(ref) || ref.startsWith('//') || ref.startsWith('#')) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(ref, `http://x${from}`).pathname);
  } catch {
    return undefined;
  }
  const file = join(dist, pathname);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) return undefined;
  return assetKind(file) === 'html' ? undefined : file;
}

const urlPath = (dist: string, file: string): string => `/${relative(dist, file).split(sep).join('/')}`;

// Quoted strings that look like a path to a file with an extension: import specifiers, ?url imports, fetches.
// A `}` opener catches template literals such as `${base}generated/geo/x.topo.json`.
const JS_STRINGS = /["'`}]((?:\.{0,2}\/)?[\w@%./-]+\.(?:m?js|css|json|geojson|topojson|csv|pbf|txt|svg|png|jpe?g|webp|avif|woff2?))["'`]/g;
const CSS_URLS = /url\(\s*["']?([^"')\s]+)["']?\s*\)|@import\s+["']([^"']+)["']/g;

function refsOfText(text: string, kind: AssetKind): string[] {
  const pattern = kind === 'css' ? CSS_URLS : JS_STRINGS;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '').filter(Boolean);
}

// <link rel> values that make the browser download the file while loading the page.
const FETCHED_LINKS = /\b(stylesheet|modulepreload|preload|icon|manifest)\b/;

function refsOfHtml(html: string): string[] {
  const refs: string[] = [];
  for (const el of elements(parseHtml(html))) {
    const tag = el.tagName;
    if (tag === 'script' && attr(el, 'src') === undefined) refs.push(...refsOfText(rawText(el), 'js'));
    if (tag === 'style') refs.push(...refsOfText(rawText(el), 'css'));
    // Links, metas and non-fetching <link>s name pages or crawler hints, not downloads.
    if (tag === 'a' || tag === 'area' || tag === 'meta') continue;
    if (tag === 'link' && !FETCHED_LINKS.test(attr(el, 'rel') ?? '')) continue;
    for (const a of el.attrs) {
      if (a.name === 'srcset' || a.name === 'imagesrcset') {
        refs.push(...a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean));
      } else if (['src', 'href', 'xlink:href', 'poster', 'data'].includes(a.name) || a.name.startsWith('data-')) {
        refs.push(a.value);
      }
    }
  }
  return refs;
}

/** The page's HTML file and every file it can pull in, each once. */
export function pageAssets(dist: string, htmlFile: string, pagePath: string): string[] {
  const seen = new Set<string>([htmlFile]);
  const queue: Array<{ file: string; from: string; refs: string[] }> = [
    { file: htmlFile, from: pagePath, refs: refsOfHtml(readFileSync(htmlFile, 'utf8')) },
  ];
  while (queue.length > 0) {
    const { from, refs } = queue.shift() as (typeof queue)[number];
    for (const ref of refs) {
      // A bare path in JS may be relative to the chunk or, joined to the base URL, to the site root.
      const file = resolveRef(dist, from, ref) ?? (/^[\w@]/.test(ref) ? resolveRef(dist, '/', ref) : undefined);
      if (file === undefined || seen.has(file)) continue;
      seen.add(file);
      const kind = assetKind(file);
      if (kind === 'js' || kind === 'css') {
        queue.push({ file, from: urlPath(dist, file), refs: refsOfText(readFileSync(file, 'utf8'), kind) });
      }
    }
  }
  return [...seen];
}
