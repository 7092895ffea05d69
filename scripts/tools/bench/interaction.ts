// A reader's first interaction with a map chapter, in Chromium (software GL, no throttling): the
// gzipped bytes requested from it on, and the time from it until the first map is idle (data-map-live="ready").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newContext } from '../../quality/browser.ts';
import { gz, workerFiles } from './ratios.ts';

export interface Interaction {
  /** Gzipped bytes of every file requested after the interaction (the MapLibre worker included). */
  bytes: number;
  idleMs: number;
  /** Site path → gzipped bytes, largest first. */
  files: Array<[string, number]>;
}

const IDLE_TIMEOUT = 90_000;

/** One run in a fresh browser context (empty cache); `origin` serves `dist`. */
async function once(origin: string, dist: string, path: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<Interaction> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // The interaction is the scroll that brings the first map into view, timed inside the page.
    const result = await page.evaluate((timeout) => new Promise<{ state: string; ms: number }>((resolve, reject) => {
      const map = document.querySelector<HTMLElement>('[data-map-figure], [data-scrolly]');
      if (!map) return reject(new Error('no [data-map-figure] or [data-scrolly] on the page'));
      const start = performance.now();
      const done = () => {
        const state = map.dataset['mapLive'] ?? '';
        if (state === 'ready' || state === 'failed') resolve({ state, ms: performance.now() - start });
      };
      new MutationObserver(done).observe(map, { attributes: true, attributeFilter: ['data-map-live'] });
      setTimeout(() => reject(new Error(`the map was not ready ${timeout} ms after the interaction (data-map-live="${map.dataset['mapLive']}")`)), timeout);
      map.scrollIntoView();
      window.dispatchEvent(new Event('scroll'));
    }), IDLE_TIMEOUT);
    if (result.state !== 'ready') throw new Error(`${path}: the live map failed to start (data-map-live="failed")`);
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    const paths = new Set(requested.map((u) => new URL(u)).filter((u) => u.origin === origin).map((u) => decodeURIComponent(u.pathname)));
    if ([...paths].some((p) => /\/live\.[\w-]+\.js$/.test(p))) for (const w of workerFiles(dist)) paths.add(w);
    const files: Array<[string, number]> = [...paths]
      .map((p) => join(dist, p.endsWith('/') ? `${p}index.html` : p))
      .filter((f) => existsSync(f))
      .map((f) => [f.slice(dist.length), gz(readFileSync(f))] as [string, number])
      .sort((a, b) => b[1] - a[1]);
    return { bytes: files.reduce((sum, [, n]) => sum + n, 0), idleMs: result.ms, files };
  } finally {
    await context.close();
  }
}

/** The median run by idle time of `runs` runs (bytes are the same in every run). */
export async function measureInteraction(origin: string, dist: string, path: string, runs: number): Promise<Interaction> {
  const browser = await launchChromium();
  try {
    const results: Interaction[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(origin, dist, path, browser));
    return [...results].sort((a, b) => a.idleMs - b.idleMs)[Math.floor(results.length / 2)] as Interaction;
  } finally {
    await browser.close();
  }
}
