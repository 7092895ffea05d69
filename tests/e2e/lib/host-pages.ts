// A second origin for embed tests: serves host pages held in memory and pym.js from node_modules,
// on 127.0.0.1 but addressed as http://localhost:<port>, another site than the site server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface HostPages {
  /** `http://localhost:<port>`, cross-site from the site server's `http://127.0.0.1:<port>`. */
  origin: string;
  /** Serves `html` at `path` (e.g. `/loader.html`) from now on. */
  set(path: string, html: string): void;
  close(): Promise<void>;
}

/** The pym.js Parent a CMS would load, from the npm package (never a CDN). */
export const PYM_PATH = '/vendor/pym.v1.js';

export async function startHostPages(): Promise<HostPages> {
  const pym = readFileSync(resolve(process.cwd(), 'node_modules/pym.js/dist/pym.v1.js'));
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === PYM_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(pym);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    set: (path, html) => void pages.set(path, html),
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
