// A tiny static server over a built folder on 127.0.0.1, serving the folder's _headers so the
// browser enforces the same CSP a real host would.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json',
};

// Text is served gzipped, as every static host does, so transfer sizes and Lighthouse are realistic.
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json|x-protobuf)|image\/svg)/;
const gzCache = new Map<string, Buffer>();
function gzipped(key: string, body: Buffer): Buffer {
  let zipped = key ? gzCache.get(key) : undefined;
  if (zipped === undefined) {
    zipped = gzipSync(body);
    if (key) gzCache.set(key, zipped);
  }
  return zipped;
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  close(): Promise<void>;
}

/** Maps a URL path to a file: `/x/` → `x/index.html`; undefined when nothing is there. */
export function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  const decoded = decodeURIComponent(urlPath);
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return undefined;
  if (!existsSync(full)) return undefined;
  if (statSync(full).isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: `${urlPath}/` };
    return existsSync(join(full, 'index.html')) ? { file: join(full, 'index.html') } : undefined;
  }
  return { file: full };
}

export async function startServer(root: string): Promise<StaticServer> {
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = url.pathname.includes('\0') ? undefined : resolveFile(root, url.pathname);
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: found.redirect + url.search }).end();
      return;
    }
    const notFound = join(root, '404.html');
    const file = found?.file ?? (existsSync(notFound) ? notFound : undefined);
    const status = found ? 200 : 404;
    const type = file ? (TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    const headers: Record<string, string> = {
      ...headersFor(rules, found ? url.pathname : '/404.html'),
      'content-type': type,
      // Hashed build assets never change, as on a real host; everything else is revalidated.
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = file ? readFileSync(file) : Buffer.from('not found');
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipped(file ? `${file}:${statSync(file).mtimeMs}` : '', body);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
