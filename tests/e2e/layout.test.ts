// The type and layout system in a browser: one web-font pairing on pages and in charts and maps;
// header, text and footer on one left edge with figures wider than the text at 1280 px; previous/next
// links of two lines at most on a phone; the quote tooltip inside a 390 px screen; wide tables that
// say they scroll; the /embeds/ live preview at the column's width; home cards whose number opens
// the chapter; the editors' page out of the public footer and out of search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { DIST, builtPages } from './lib/site.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(DIST), launchChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await (await newContext(browser, { width })).newPage();
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('type', () => {
  it('pages, chart text and map labels are set in the self-hosted Noto pair, and the faces load', async () => {
    const page = await open('/chapters/opening/');
    const families = await page.evaluate(() => {
      const family = (sel: string) => { const el = document.querySelector(sel); return el ? getComputedStyle(el).fontFamily : `(no ${sel})`; };
      return { body: family('.prose p'), h1: family('h1'), chart: family('svg.chart text'), map: family('svg.map-static-svg text'), loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family) };
    });
    await page.context().close();
    expect(families.body).toMatch(/^"Noto Sans Variable"/);
    expect(families.h1).toMatch(/^"Noto Serif Variable"/);
    expect(families.chart).toMatch(/^"Noto Sans Variable"/);
    expect(families.map).toMatch(/^"Noto Sans Variable"/);
    expect(families.loaded).toEqual(expect.arrayContaining(['Noto Sans Variable', 'Noto Serif Variable']));
  });
  it('a page fetches exactly the faces it preloads: Latin everywhere, the Kazakh cut on /speech/, Russian and Kazakh sans on a tracker item, what the prose of each chapter needs', async () => {
    const seen: Record<string, { fetched: string[]; preloaded: string[] }> = {};
    const chapters = builtPages().filter((p) => p.path.startsWith('/chapters/')).map((p) => p.path);
    expect(chapters.length).toBeGreaterThanOrEqual(14);
    for (const path of ['/', '/speech/', '/tracker/affordable-gas-connection/', ...chapters]) {
      const page = await (await newContext(browser, { width: 1280 })).newPage();
      const fetched: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'font') fetched.push(new URL(r.url()).pathname); });
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const preloaded = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map((l) => new URL(l.href).pathname));
      await page.context().close();
      const name = (u: string) => (u.split('/').pop() ?? '').replace(/\.[\w-]+\.woff2$/, '');
      seen[path] = { fetched: fetched.map(name).sort(), preloaded: preloaded.map(name).sort() };
    }
    const latin = ['noto-sans-latin-wght-normal', 'noto-serif-latin-wght-normal'];
    expect(seen['/']).toEqual({ fetched: latin, preloaded: latin });
    expect(seen['/speech/']).toEqual({ fetched: [...latin, 'noto-serif-kazakh-wght-normal'].sort(), preloaded: [...latin, 'noto-serif-kazakh-wght-normal'].sort() });
    const tracker = [...latin, 'noto-sans-cyrillic-wght-normal', 'noto-sans-kazakh-wght-normal'].sort();
    expect(seen['/tracker/affordable-gas-connection/']).toEqual({ fetched: tracker, preloaded: tracker });
    // A chapter preloads what its prose needs (the Kazakh saying in unity-justice), and nothing it does not fetch.
    expect(seen['/chapters/unity-justice/']?.preloaded).toContain('noto-sans-kazakh-wght-normal');
    const mismatched = chapters.filter((path) => JSON.stringify(seen[path]?.fetched) !== JSON.stringify(seen[path]?.preloaded));
    expect(mismatched.map((path) => `${path}: fetched ${seen[path]?.fetched.join(', ')}; preloaded ${seen[path]?.preloaded.join(', ')}`)).toEqual([]);
  });
});

describe('layout', () => {
  it('at 1280 px the header, the text and the footer share one left edge, and figures are wider than the text', async () => {
    const page = await open('/chapters/opening/');
    const edges = await page.evaluate(() => {
      const left = (sel: string) => Math.round(document.querySelector(sel)?.getBoundingClientRect().left ?? -1);
      const width = (sel: string) => Math.round(document.querySelector(sel)?.getBoundingClientRect().width ?? -1);
      return { header: left('.site-title'), text: left('.prose > p'), footer: left('.site-footer h2'), textWidth: width('.prose > p'), figure: width('.prose > .map-figure') };
    });
    await page.context().close();
    expect(edges.text).toBeLessThan(200);
    expect([edges.header, edges.footer]).toEqual([edges.text, edges.text]);
    expect(edges.textWidth).toBeLessThanOrEqual(640);
    expect(edges.figure).toBeGreaterThanOrEqual(900);
  });

  it('a chapter has a chapter menu that works without JavaScript, and previous/next titles of two lines at most at 390 px', async () => {
    const page = await open('/chapters/roads-safety/', 390);
    const menu = await page.locator('details.chapter-menu nav[aria-label="Chapters"] a').count();
    const titles = await page.locator('.chapter-nav .chapter-nav-title').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))));
    await page.context().close();
    expect(menu).toBeGreaterThan(10);
    expect(titles.length).toBe(2);
    expect(titles.every((lines) => lines >= 1 && lines <= 2)).toBe(true);
  });
});

describe('details', () => {
  it('the quote tooltip of a figure stays inside a 390 px screen', async () => {
    const page = await open('/chapters/sport/', 390);
    const fig = page.locator('.prose a.fig').last();
    await fig.focus();
    const box = await fig.evaluate((a) => {
      const s = getComputedStyle(a, '::after');
      return { display: s.display, position: s.position, left: parseFloat(s.left), right: parseFloat(s.right) };
    });
    await page.context().close();
    expect(box.display).toBe('block');
    // Fixed to the viewport with margins on both sides, so its box is inside the screen wherever the number is.
    expect(box.position).toBe('fixed');
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeGreaterThanOrEqual(0);
  });

  it('a table wider than its column at 390 px is a named, focusable scroll region with edge shadows', async () => {
    const page = await open('/chapters/roads-safety/', 390);
    const wide = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => ({ tabindex: w.tabIndex, label: w.getAttribute('aria-label') ?? '', shadows: getComputedStyle(w).backgroundImage.split('gradient').length - 1 })));
    await page.context().close();
    expect(wide.length).toBeGreaterThan(0);
    for (const w of wide) expect(w).toEqual({ tabindex: 0, label: expect.stringMatching(/^Table: /), shadows: 4 });
  });

  it('the /embeds/ live preview opens at the width of its column', async () => {
    const page = await open('/embeds/', 1280);
    const button = page.locator('button[data-live-preview]').first();
    await button.click({ timeout: 10_000 });
    const widths = await page.locator('.embed-item').first().evaluate((item) => ({ frame: Math.round(item.querySelector('iframe')?.getBoundingClientRect().width ?? 0), column: Math.round(item.getBoundingClientRect().width) }));
    await page.context().close();
    expect(widths.frame).toBe(widths.column);
  });

  it('the home page card numbers open their chapters, with the sentence one smaller link away', async () => {
    const page = await open('/', 390);
    const cards = await page.locator('ol.chapters article').evaluateAll((articles) => articles.filter((a) => a.querySelector('.card-value')).map((a) => ({
      chapter: a.querySelector('h3 a')?.getAttribute('href'),
      number: a.querySelector('.card-value')?.getAttribute('href'),
      sentence: a.querySelector('.card-measure a')?.getAttribute('href') ?? '',
    })));
    const footer = await page.locator('.site-footer a[href="/components/"]').count();
    await page.context().close();
    expect(cards.length).toBeGreaterThan(5);
    for (const c of cards) {
      expect(c.number).toBe(c.chapter);
      expect(c.sentence).toMatch(/^\/speech\/#p\d+s\d+$/);
    }
    expect(footer).toBe(0);
  });

  it('/components/ is kept out of search engines', async () => {
    const page = await open('/components/');
    const robots = await page.locator('meta[name="robots"]').getAttribute('content', { timeout: 5000 });
    await page.context().close();
    expect(robots).toBe('noindex');
  });
});
