// The generated deploy configuration, served as generated: Debian's stock nginx with the snippet
// included in a server block that has its own `location /`. nginx -t passes, every page and its
// index.html alias carry the page's CSP, the MapLibre worker is JavaScript, /_headers is not served,
// an unknown URL gets the 404 page, and map pages load through it with live maps ready and clean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../scripts/deploy/headers.ts';
import { metaPolicy } from '../../scripts/quality/csp.ts';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { startNginx, type NginxServer } from './lib/nginx.ts';
import { builtPages, DIST } from './lib/site.ts';
import { watchPage } from './lib/watch.ts';

const PAGES = builtPages();
const hasMap = (file: string): boolean => /data-map-figure/.test(readFileSync(file, 'utf8'));
// One chapter with a map and one map embed: the two page kinds that load MapLibre's worker.
const MAP_PAGES = [PAGES.find((p) => p.path.startsWith('/chapters/') && hasMap(p.file)), PAGES.find((p) => p.path.startsWith('/embed/') && hasMap(p.file))]
  .filter((p) => p !== undefined).map((p) => p.path);
const IDLE_TIMEOUT = 90_000;

let nginx: NginxServer;
let browser: Browser;

beforeAll(async () => {
  [nginx, browser] = await Promise.all([startNginx(DIST, render('nginx', DIST)), launchChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), nginx?.close()]);
});

describe('nginx with the generated snippet', () => {
  it('serves every page and its index.html alias with the page\'s own CSP, no-cache and frame-ancestors', async () => {
    const problems: string[] = [];
    for (const page of PAGES.filter((p) => p.path.endsWith('/'))) {
      const policy = metaPolicy(readFileSync(page.file, 'utf8'))?.split(';')[0]?.trim() ?? '';
      for (const path of [page.path, `${page.path}index.html`]) {
        const response = await fetch(nginx.origin + path, { redirect: 'manual' });
        const csp = response.headers.get('content-security-policy') ?? '';
        if (response.status !== 200) problems.push(`${path}: HTTP ${response.status}`);
        if (!csp.startsWith(policy) || !/frame-ancestors/.test(csp)) problems.push(`${path}: CSP "${csp.slice(0, 60)}"`);
        if (response.headers.get('cache-control') !== 'no-cache') problems.push(`${path}: Cache-Control ${response.headers.get('cache-control')}`);
        if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${path}: no nosniff`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends the MapLibre worker as JavaScript and hashed assets as immutable; hides /_headers; answers unknown URLs with the 404 page', async () => {
    const worker = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.mjs'));
    const asset = await fetch(`${nginx.origin}/_astro/${worker}`);
    expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([200, 'text/javascript', 'public, max-age=31536000, immutable']);
    expect((await fetch(`${nginx.origin}/_headers`)).status).toBe(404);
    const missing = await fetch(`${nginx.origin}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });
});

describe.each(MAP_PAGES)('%s through nginx', (path) => {
  it('reaches its live map ready with no CSP violation, console error or failed request', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const watcher = await watchPage(page, nginx.origin);
    await page.goto(nginx.origin + path, { waitUntil: 'load' });
    await page.mouse.move(10, 10);
    const map = page.locator('[data-map-figure]').first();
    await map.scrollIntoViewIfNeeded({ timeout: 10_000 });
    await page.waitForFunction((el) => ['ready', 'failed'].includes((el as HTMLElement).dataset['mapLive'] ?? ''), await map.elementHandle(), { timeout: IDLE_TIMEOUT });
    expect(await map.getAttribute('data-map-live', { timeout: 1000 })).toBe('ready');
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});
