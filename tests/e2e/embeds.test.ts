// Embeds on a news site of another origin: every graphic, in every resize dialect hosts already use
// (our loader, the real pym.js Parent, Datawrapper's listener, an amp-iframe-style listener), fits its
// content at 1000 px, at 360 px and back; malformed messages change nothing; themes follow the host.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { hostPage, type Dialect } from './lib/embed-hosts.ts';
import { startHostPages, type HostPages } from './lib/host-pages.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { CHART_BUDGET, measureEmbeds } from '../../scripts/tools/bench-embeds.ts';
import { DIST } from './lib/site.ts';

const ids = existsSync(join(DIST, 'embed'))
  ? readdirSync(join(DIST, 'embed')).filter((id) => existsSync(join(DIST, 'embed', id, 'index.html'))).sort()
  : [];
/** Build-time heights, read back from each embed's oEmbed response. */
const heights = Object.fromEntries(ids.map((id) => [id, (JSON.parse(readFileSync(join(DIST, 'embed', id, 'oembed.json'), 'utf8')) as { height: number }).height]));

let site: StaticServer;
let host: HostPages;
let browser: Browser;
/** A browser with CSS frame-sizing: the default one if it has it, else one with the flag that turns it on. */
let sizing: Browser;

async function frameSizingBrowser(): Promise<Browser> {
  const page = await browser.newPage();
  const native = await page.evaluate(() => CSS.supports('frame-sizing', 'content-height'));
  await page.close();
  if (native) return browser;
  console.warn(`embeds: Chromium ${browser.version()} ships frame-sizing behind a flag; the CSS-only tests turn it on`);
  return launchChromium({ experimental: true });
}

beforeAll(async () => {
  [site, host, browser] = await Promise.all([startServer(DIST), startHostPages(), launchChromium()]);
  sizing = await frameSizingBrowser();
});
afterAll(async () => {
  await Promise.all([browser?.close(), sizing !== browser ? sizing?.close() : undefined, site?.close(), host?.close()]);
});

interface Opened {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/** Opens a host page built for `dialect` at `width` px, recording errors from the page and its frames. */
async function openHost(dialect: Dialect, width: number, options: { query?: string; background?: string; javaScriptEnabled?: boolean; only?: string[]; on?: Browser } = {}): Promise<Opened> {
  const { on = browser, ...hostOptions } = options;
  const path = `/${dialect}-${Math.random().toString(36).slice(2)}.html`;
  host.set(path, hostPage(dialect, { site: site.origin, ids: hostOptions.only ?? ids, heights, ...hostOptions }));
  const context = await newContext(on, { width, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (origin !== site.origin && origin !== host.origin && !request.url().startsWith('data:')) problems.push(`request to another host: ${request.url()}`);
  });
  await page.goto(host.origin + path, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

async function embedFrames(page: Page): Promise<Array<{ id: string; frame: Frame; height: () => Promise<number> }>> {
  const out = [];
  for (const handle of await page.locator('iframe').elementHandles()) {
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('an iframe has no frame');
    const id = new URL(frame.url()).pathname.split('/')[2] ?? '?';
    out.push({ id, frame, height: () => handle.evaluate((el) => (el as Element).getBoundingClientRect().height) });
  }
  return out;
}

/** Every embed whose iframe is not exactly as tall as its content, or whose content is cut or wider than the iframe. */
async function misfits(page: Page): Promise<string[]> {
  // All frames at once: one slow frame (a live map starting) must not hold up the others' checks.
  const results = await Promise.all((await embedFrames(page)).map(async ({ id, frame, height }) => {
    const content = await frame.evaluate(() => ({
      body: Math.ceil(document.body.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      inner: innerHeight,
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    })).catch(() => null);
    const frameHeight = await height();
    if (!content) return `${id}: not loaded`;
    // Off-screen cross-origin frames may see a stale innerHeight, so overflow is judged against the larger.
    // Within a pixel: CSS frame-sizing takes the document's fractional height, which the frame rounds down while body is rounded up.
    if (Math.abs(frameHeight - content.body) > 1 || content.scroll > Math.max(frameHeight, content.inner)) return `${id}: iframe ${frameHeight}px, content ${content.body}px (scrollHeight ${content.scroll})`;
    if (content.overflowX > 0) return `${id}: content ${content.overflowX}px wider than the iframe`;
    return null;
  }));
  return results.filter((r): r is string => r !== null);
}

async function fitsAt(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await expect.poll(() => misfits(page), { timeout: 60_000, interval: 100 }).toEqual([]);
}

describe('embeds', () => {
  it('the build has at least 10 embeds, each with an oEmbed height', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(heights[id], id).toBeGreaterThan(0);
  });

  for (const dialect of ['loader', 'pym', 'datawrapper', 'amp'] as const) {
    it(`${dialect}: every embed fits its content at 1000 px, 360 px and 1000 px again, from another origin`, async () => {
      const { page, problems, close } = await openHost(dialect, 1000);
      expect(new URL(page.url()).origin).not.toBe(site.origin);
      await fitsAt(page, 1000);
      await fitsAt(page, 360);
      await fitsAt(page, 1000);
      expect(problems).toEqual([]);
      await close();
    });
  }

  // Chromium sizes a cross-origin frame to its page when the page loads; it did not follow later width changes in our
  // runs, so a script-free host gets the right height for the width it loads at (a fresh load per width here).
  for (const width of [1000, 360]) {
    it(`frame-sizing (CSS only, no script): every embed fits its content when loaded at ${width} px`, async () => {
      const { page, problems, close } = await openHost('frame-sizing', width, { on: sizing });
      expect(await page.evaluate(() => CSS.supports('frame-sizing', 'content-height'))).toBe(true);
      await fitsAt(page, width);
      expect(problems).toEqual([]);
      await close();
    });
  }
});

/** Posts `messages` then a marker to every frame, and waits until each frame saw the marker (so saw all before it). */
async function postToFrames(page: Page, messages: unknown[]): Promise<void> {
  const frames = await embedFrames(page);
  for (const { frame } of frames) {
    await frame.evaluate(() => {
      const w = window as unknown as { __marker?: boolean };
      addEventListener('message', (event) => {
        if ((event.data as { marker?: unknown } | null)?.marker === 'end') w.__marker = true;
      });
    });
  }
  await page.evaluate((list) => {
    for (const frame of document.querySelectorAll('iframe')) {
      for (const message of list) frame.contentWindow?.postMessage(message, '*');
      frame.contentWindow?.postMessage({ marker: 'end' }, '*');
    }
  }, messages);
  for (const { frame } of frames) await frame.waitForFunction(() => (window as unknown as { __marker?: boolean }).__marker === true, undefined, { timeout: 10_000 });
}

/** Posts `messages` from every frame to the host then a marker, and waits until the host saw every marker. */
async function postFromFrames(page: Page, messages: (id: string) => unknown[]): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __markers?: number };
    w.__markers = 0;
    addEventListener('message', (event) => {
      if ((event.data as { marker?: unknown } | null)?.marker === 'end') w.__markers = (w.__markers ?? 0) + 1;
    });
  });
  const frames = await embedFrames(page);
  for (const { id, frame } of frames) {
    await frame.evaluate((list) => {
      for (const message of list) parent.postMessage(message, '*');
      parent.postMessage({ marker: 'end' }, '*');
    }, messages(id));
  }
  await page.waitForFunction((n) => (window as unknown as { __markers?: number }).__markers === n, frames.length, { timeout: 10_000 });
}

const MALFORMED_TO_CHILD: unknown[] = [
  null,
  0,
  '',
  'x'.repeat(100_000),
  [1, 2, 3],
  { 'zhetysu-embed': 1, type: 'hello', theme: '<img src=x onerror=alert(1)>' },
  { 'zhetysu-embed': 2, type: 'hello', theme: 'dark' },
  { 'zhetysu-embed': 1, type: 'height', id: 'x', height: 1 },
  { 'zhetysu-embed': '1', type: 'hello' },
  { sentinel: 'amp', type: 'embed-size', height: -1 },
  { 'datawrapper-height': { x: 'abc' } },
  'pymxPYMx',
  'pymxPYMxnot-this-childxPYMxwidthxPYMx360',
  { a: { b: { c: { d: { e: {} } } } } },
];

const malformedToHost = (id: string): unknown[] => [
  { 'zhetysu-embed': 1, type: 'height', id, height: 1e9 },
  { 'zhetysu-embed': 1, type: 'height', id, height: -20 },
  { 'zhetysu-embed': 1, type: 'height', id, height: '5000' },
  { 'zhetysu-embed': 1, type: 'height', id, height: 12.5 },
  { 'zhetysu-embed': 1, type: 'height', id: `${id}'] ,iframe[src`, height: 50 },
  { 'zhetysu-embed': 3, type: 'height', id, height: 50 },
  { 'zhetysu-embed': 1, type: 'resize', id, height: 50 },
  null,
  'height:50',
];

describe('embed messages', () => {
  it('loader page: malformed messages in either direction change nothing and resizing still works', async () => {
    const { page, problems, close } = await openHost('loader', 1000);
    await fitsAt(page, 1000);
    const themes = async () => Promise.all((await embedFrames(page)).map(({ frame }) => frame.evaluate(() => document.documentElement.dataset['theme'] ?? 'none')));
    const before = await themes();
    await postToFrames(page, MALFORMED_TO_CHILD);
    await postFromFrames(page, malformedToHost);
    expect(await misfits(page)).toEqual([]);
    expect(await themes()).toEqual(before);
    await fitsAt(page, 360);
    expect(problems).toEqual([]);
    await close();
  });

  it('pym page: malformed pym width messages are ignored and resizing still works', async () => {
    const { page, problems, close } = await openHost('pym', 1000, { only: ids.slice(0, 3) });
    await fitsAt(page, 1000);
    await postToFrames(page, ['pymxPYMxpym-xxPYMxwidthxPYMx-5', ...ids.map((id) => `pymxPYMxpym-${id}xPYMxwidthxPYMxabc`), ...ids.map((id) => `pymxPYMxpym-${id}xPYMxnavigateToxPYMxjavascript:alert(1)`)]);
    expect(await misfits(page)).toEqual([]);
    await fitsAt(page, 360);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('embed themes', () => {
  const theme = (frame: Frame) => frame.evaluate(() => ({ theme: document.documentElement.dataset['theme'] ?? 'none', background: getComputedStyle(document.documentElement).backgroundColor }));

  it('auto theme with the loader turns dark on a dark host page', async () => {
    const { page, close } = await openHost('loader', 800, { background: '#16181d', only: ids.slice(0, 2) });
    for (const { frame } of await embedFrames(page)) await expect.poll(() => theme(frame)).toEqual({ theme: 'dark', background: 'rgb(18, 18, 18)' });
    await close();
  });

  it('auto theme without any host script stays light (the common host), whatever the reader’s system says', async () => {
    const context = await newContext(browser, { colorScheme: 'dark', width: 800 });
    const page = await context.newPage();
    const path = '/bare-dark-system.html';
    host.set(path, hostPage('datawrapper', { site: site.origin, ids: ids.slice(0, 1), heights }));
    await page.goto(host.origin + path);
    const [embed] = await embedFrames(page);
    if (!embed) throw new Error('no embed');
    await embed.frame.waitForLoadState();
    expect(await theme(embed.frame)).toEqual({ theme: 'light', background: 'rgb(255, 255, 255)' });
    await context.close();
  });

  it('?theme=light is kept even on a dark host with the loader', async () => {
    const { page, close } = await openHost('loader', 800, { background: '#16181d', query: '?theme=light', only: ids.slice(0, 1) });
    const [embed] = await embedFrames(page);
    if (!embed) throw new Error('no embed');
    await expect.poll(() => misfits(page)).toEqual([]);
    expect(await theme(embed.frame)).toEqual({ theme: 'light', background: 'rgb(255, 255, 255)' });
    await close();
  });

  it('?transparent=1 on a dark host shows the host background through the iframe, with dark-theme text', async () => {
    const { page, close } = await openHost('loader', 800, { background: '#16181d', query: '?transparent=1', only: ids.slice(0, 1) });
    const [embed] = await embedFrames(page);
    if (!embed) throw new Error('no embed');
    await expect.poll(() => theme(embed.frame)).toEqual({ theme: 'dark', background: 'rgba(0, 0, 0, 0)' });
    const box = await page.locator('iframe').first().boundingBox();
    if (!box) throw new Error('no iframe box');
    // A corner of the iframe's padding must look exactly like the host page beside it: no white box.
    const inside = await page.screenshot({ clip: { x: box.x + 1, y: box.y + 1, width: 6, height: 6 } });
    const outside = await page.screenshot({ clip: { x: 2, y: box.y + 1, width: 6, height: 6 } });
    expect(Buffer.compare(inside, outside)).toBe(0);
    await close();
  });
});

describe('embeds without JavaScript', () => {
  for (const width of [360, 1000]) {
    it(`the bare iframe code clips no embed at ${width} px: content, source and credit lines all inside the frame`, async () => {
      // No host script listens (JavaScript off): the iframe keeps the height its code was given at build.
      const { page, close } = await openHost('datawrapper', width, { javaScriptEnabled: false });
      const clipped: string[] = [];
      const frames = await embedFrames(page);
      expect(frames.length).toBe(ids.length);
      for (const { id, frame, height } of frames) {
        await frame.waitForLoadState();
        const built = await height();
        expect(built, id).toBe(heights[id]);
        const { content, lastLine } = await frame.evaluate(() => {
          const lines = [...document.querySelectorAll('.embed-foot p, .embed-foot, .map-sources')];
          return {
            content: Math.ceil(document.body.getBoundingClientRect().height),
            lastLine: Math.ceil(Math.max(0, ...lines.map((el) => el.getBoundingClientRect().bottom))),
          };
        });
        if (content > built || lastLine > built) clipped.push(`${id}: frame ${built}px, content ${content}px, last credit line ends at ${lastLine}px`);
      }
      expect(clipped).toEqual([]);
      await close();
    });
  }
});

describe('embed bytes', () => {
  it(`every chart embed loads in under ${CHART_BUDGET / 1000} kB gzipped (npm run bench:embeds prints the table)`, () => {
    const over = measureEmbeds(DIST).filter((e) => e.type !== 'map' && e.total >= CHART_BUDGET).map((e) => `${e.id}: ${e.total} B`);
    expect(over).toEqual([]);
  });

  it('an embed page loads nothing beyond what the bench counts', async () => {
    const [first] = measureEmbeds(DIST);
    if (!first) throw new Error('no embeds');
    const context = await newContext(browser, { width: 640 });
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/embed/${first.id}/`, { waitUntil: 'networkidle' });
    expect(loaded.filter((path) => path !== `/embed/${first.id}/` && path !== '/favicon.ico' && !first.files.includes(path))).toEqual([]);
    await context.close();
  });
});

describe('/embeds/', () => {
  it('shows every embed with its code in a text box, and no Copy button, without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false, width: 1000 });
    const page = await context.newPage();
    await page.goto(`${site.origin}/embeds/`);
    const missing: string[] = [];
    for (const id of ids) if ((await page.locator(`textarea#code-${id}`).count()) !== 1) missing.push(id);
    expect(missing).toEqual([]);
    expect(await page.locator(`textarea#code-${ids[0]}`).inputValue()).toMatch(/^<iframe src="[^"]+\/embed\/[a-z0-9-]+\/" [^]*<script async src="[^"]+\/embed\/loader.js"><\/script>$/);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('form.embed-options:visible').count()).toBe(0);
    await context.close();
  });

  it('Copy works from the keyboard and announces itself; the options rewrite the code and the live preview', async () => {
    const context = await newContext(browser, { width: 1000 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/embeds/`);
    const id = ids[0] ?? '';
    const button = page.locator(`button[data-copy="code-${id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-copy-status="code-${id}"]`).textContent()).toBe('Copied.');
    const code = await page.locator(`textarea#code-${id}`).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.locator('input[name="theme"][value="dark"]').check();
    await page.locator('input[name="transparent"]').check();
    expect(await page.locator(`textarea#code-${id}`).inputValue()).toContain(`/embed/${id}/?theme=dark&amp;transparent=1"`);
    expect(await page.locator(`iframe[data-preview="${id}"]`).count()).toBe(0);
    await page.locator(`button[data-live-preview="${id}"]`).focus();
    await page.keyboard.press('Enter');
    const preview = page.locator(`iframe[data-preview="${id}"]`);
    expect(await preview.getAttribute('src')).toBe(`/embed/${id}/?theme=dark&transparent=1`);
    expect(await preview.evaluate((frame) => frame === document.activeElement)).toBe(true);
    await page.locator('input[name="theme"][value="light"]').check();
    expect(await preview.getAttribute('src')).toBe(`/embed/${id}/?theme=light&transparent=1`);
    await context.close();
  });
});
