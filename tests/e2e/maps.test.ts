// The maps in a real browser (Debian's Chromium; WebGL2 through SwiftShader): every live map goes
// idle and draws, nothing is requested from another host, pages without maps never load MapLibre,
// and with WebGL off the static maps show and nothing throws. Prints the map bytes per page and the
// time to the first idle map, the figures the issue asks for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { builtPages, DIST } from './lib/site.ts';
import { watchPage } from './lib/watch.ts';
import { formatLabelProblems, measureMapLabels } from './lib/map-labels.ts';

const PAGES = builtPages();
const html = (file: string) => readFileSync(file, 'utf8');
const MAP_PAGES = PAGES.filter((p) => /data-map-figure|data-scrolly/.test(html(p.file)));
/** Map pages whose maps have a keyboard path: links that open a feature's popup. */
const LINKED_MAP_PAGES = MAP_PAGES.filter((p) => /<a [^>]*data-fid=/.test(html(p.file)));
const PLAIN_PAGES = PAGES.filter((p) => !MAP_PAGES.includes(p) && p.path.endsWith('/')).slice(0, 3);
/** Files that only a live map needs: MapLibre's chunks, its worker and stylesheet, the map data. */
const MAP_ASSET = /maplibre|\/live\.[\w-]+\.js|\/generated\/geo\//;
const IDLE_TIMEOUT = 90_000;

let server: StaticServer;
let gl: Browser;
let flat: Browser;

beforeAll(async () => {
  [server, gl, flat] = await Promise.all([startServer(DIST), launchChromium(), launchChromium({ webgl: false })]);
});
afterAll(async () => {
  await Promise.all([gl?.close(), flat?.close(), server?.close()]);
});

/**
 * Distinct colours in a screenshot of an element (a blank canvas has one or two). The screenshot,
 * not the WebGL canvas, is read: the idle event fires even for a map nobody can see (STACK pitfall 4).
 */
async function colours(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).first().screenshot({ timeout: 10_000 });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
}

/**
 * Gzipped bytes of the map files a page requested, read from dist: JavaScript (the island, MapLibre
 * and its worker, whose fetch the page's request events do not show) and data (the topology).
 */
function mapBytes(paths: readonly string[]): { js: number; data: number } {
  const worker = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('maplibre-gl-worker')).map((f) => `/_astro/${f}`);
  const files = new Set(paths.filter((p) => MAP_ASSET.test(p) || /MapFigure|ScrollyMap/.test(p)));
  if ([...files].some((p) => /\/live\./.test(p))) for (const w of worker) files.add(w);
  let js = 0;
  let data = 0;
  for (const p of files) {
    const size = gzipSync(readFileSync(join(DIST, decodeURIComponent(p)))).length;
    if (/\.m?js$/.test(p)) js += size;
    else if (!p.endsWith('.css')) data += size;
  }
  return { js, data };
}

/** `path` loaded and settled in a fresh page that records the URL of every request it makes. */
async function openRecording(path: string): Promise<{ context: BrowserContext; page: Page; loaded: string[] }> {
  const context = await newContext(gl);
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // Idle is a settling aid here, not the claim: on a loaded machine it may never come.
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  return { context, page, loaded };
}

/** Scrolls each map into view in turn and waits for it to reach `state`. */
async function visitMaps(page: Page, state: 'ready' | 'static'): Promise<string[]> {
  const ids: string[] = [];
  const maps = page.locator('[data-map-figure], [data-scrolly]');
  for (let i = 0; i < (await maps.count()); i++) {
    const map = maps.nth(i);
    await map.scrollIntoViewIfNeeded({ timeout: 10_000 });
    await page.waitForFunction(([el, want]) => (el as HTMLElement).dataset['mapLive'] === want || (el as HTMLElement).dataset['mapLive'] === 'failed', [await map.elementHandle(), state] as const, { timeout: IDLE_TIMEOUT });
    expect(await map.getAttribute('data-map-live', { timeout: 1000 }), `map ${i} of the page`).toBe(state);
    ids.push((await map.getAttribute('data-map-id', { timeout: 1000 })) ?? `scrolly ${i}`);
  }
  return ids;
}

describe('map pages', () => {
  it('at least four pages show maps', () => {
    expect(MAP_PAGES.map((p) => p.path).length, `pages with maps: ${MAP_PAGES.map((p) => p.path).join(', ') || 'none'}`).toBeGreaterThanOrEqual(4);
  });
});

describe.each(MAP_PAGES.map((p) => p.path))('%s', (path) => {
  it('every live map reaches idle and draws, with no request to another host and no error', async () => {
    const context = await newContext(gl);
    const page = await context.newPage();
    const watcher = await watchPage(page, server.origin);
    const requests: Request[] = [];
    page.on('requestfinished', (r) => requests.push(r));
    const start = Date.now();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    // A reader arrives: live maps start at the first pointer, scroll, touch or key.
    await page.mouse.move(10, 10);
    const ids = await visitMaps(page, 'ready');
    const idle = Date.now() - start;
    for (const selector of ['[data-map-live="ready"] .map-live canvas']) {
      const count = await page.locator(selector).count();
      for (let i = 0; i < count; i++) expect(await colours(page, `${selector} >> nth=${i}`), `live map ${ids[i] ?? i} draws more than a background`).toBeGreaterThan(8);
    }
    // The live labels are laid out like the static ones: none overlaps another, is cut by the frame or sits under a button.
    const labels = await measureMapLabels(page, 0, 'live');
    expect(labels.labels, 'live maps draw their labels').toBeGreaterThan(0);
    expect(formatLabelProblems(path, 1280, labels.problems)).toBe('');
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    const { js, data } = mapBytes(requests.map((r) => new URL(r.url()).pathname));
    // The figures the issue asks for, in the test log (transfer sizes, gzip as the test server sends them).
    console.log(`maps ${path}: ${ids.join(', ')} — map JS ${kb(js)}, map data ${kb(data)} (gzip); all maps idle after ${idle} ms`);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });

  it('loads no MapLibre until the reader scrolls, points, touches or types, then does at once', async () => {
    const { context, page, loaded } = await openRecording(path);
    expect(loaded.filter((u) => MAP_ASSET.test(u))).toEqual([]);
    expect(await page.locator('[data-map-live="waiting"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await page.locator('[data-map-figure], [data-scrolly]').first().scrollIntoViewIfNeeded();
    await expect.poll(() => loaded.filter((u) => /\/live\.[^/]*\.js$/.test(u)).length, { timeout: IDLE_TIMEOUT }).toBeGreaterThan(0);
    await context.close();
  });

  it('without WebGL shows every static map, loads no MapLibre and throws nothing', async () => {
    const context = await newContext(flat);
    const page = await context.newPage();
    const watcher = await watchPage(page, server.origin);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await visitMaps(page, 'static');
    const svgs = page.locator('[data-map-figure] .map-static svg, [data-scrolly] .scrolly-sticky .map-static svg');
    for (let i = 0; i < (await svgs.count()); i++) {
      const svg = svgs.nth(i);
      expect(await svg.isVisible(), `static map ${i}`).toBe(true);
      expect(await svg.evaluate((el) => getComputedStyle(el.closest('.map-static')!).visibility)).toBe('visible');
    }
    expect(loaded.filter((u) => MAP_ASSET.test(u))).toEqual([]);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows every static map, and scrolly steps stacked with theirs', async () => {
    const context = await newContext(gl, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const figures = page.locator('[data-map-figure] .map-static svg, [data-scrolly-step] .scrolly-step-map svg');
    expect(await figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) expect(await figures.nth(i).isVisible()).toBe(true);
    await context.close();
  });
});

describe.each(LINKED_MAP_PAGES.map((p) => p.path))('%s (map links)', (path) => {
  it('throws nothing when map links are focused in the frames while the live map starts', async () => {
    const context = await newContext(gl);
    const page = await context.newPage();
    const watcher = await watchPage(page, server.origin);
    await page.goto(server.origin + path, { waitUntil: 'load' });
    // Tab reaching the map's links just as MapLibre has made its canvas, before the style loaded, threw.
    const focused = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const links = [...document.querySelectorAll<HTMLElement>('a[data-fid]')].slice(0, 20);
          let count = 0;
          for (const link of links) link.addEventListener('focus', () => (count += 1));
          const poll = () => {
            if (!document.querySelector('.maplibregl-canvas')) {
              requestAnimationFrame(poll);
              return;
            }
            for (const link of links) {
              link.focus({ preventScroll: true });
              link.blur();
            }
            resolve(count);
          };
          document.querySelector('[data-map-figure], [data-scrolly]')?.scrollIntoView();
          poll();
        }),
    );
    await page.locator('[data-map-live="ready"]').first().waitFor({ timeout: IDLE_TIMEOUT });
    expect(focused).toBeGreaterThan(0);
    expect(await watcher.problems()).toEqual([]);
    await context.close();
  });
});

describe.each(PLAIN_PAGES.map((p) => p.path))('%s (no map)', (path) => {
  it('loads none of MapLibre or the map data', async () => {
    const { context, page, loaded } = await openRecording(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    expect(loaded.filter((u) => MAP_ASSET.test(u))).toEqual([]);
    await context.close();
  });
});

/** On a phone the live labels keep the static map's 11 px floor: the scrolly and the first chapter with a map figure. */
const PHONE_PAGES = [MAP_PAGES.find((p) => /data-scrolly/.test(html(p.file))), MAP_PAGES.find((p) => p.path.startsWith('/chapters/') && /data-map-figure/.test(html(p.file)))].filter((p) => p !== undefined);

describe.each(PHONE_PAGES.map((p) => p.path))('%s at 390 px', (path) => {
  it('every live map label is at least 11 px, inside its frame, clear of the buttons and of other labels', async () => {
    const context = await newContext(gl, { width: 390 });
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.mouse.move(10, 10);
    await visitMaps(page, 'ready');
    const labels = await measureMapLabels(page, 11, 'live');
    expect(labels.labels).toBeGreaterThan(0);
    expect(formatLabelProblems(path, 390, labels.problems)).toBe('');
    await context.close();
  });
});
