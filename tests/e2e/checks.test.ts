// Each browser check against a fixture page with one planted defect: proves the check can fail,
// and that the clean fixture page passes them all.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkAxe, checkTargetSize, COLOUR_RULES, installAxe } from './lib/axe.ts';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { compareVisible, visibleContent } from './lib/degraded.ts';
import { checkKeyboard } from './lib/keyboard.ts';
import { LEAK_TRAP, leaks, readLeakTrap, shownAsText } from './lib/markup-leaks.ts';
import { checkOverflow } from './lib/overflow.ts';
import { startServer } from '../../scripts/quality/server.ts';
import type { StaticServer } from '../../scripts/quality/server.ts';
import { watchPage } from './lib/watch.ts';

const FIXTURE = fileURLToPath(new URL('fixtures/site', import.meta.url));
let server: StaticServer;
let browser: Browser;
let noWebgl: Browser;

beforeAll(async () => {
  server = await startServer(FIXTURE);
  [browser, noWebgl] = await Promise.all([launchChromium(), launchChromium({ webgl: false })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), noWebgl?.close(), server?.close()]);
});

/** Opens `path` in a fresh context and hands back the page and its watcher. */
async function open(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; on?: Browser } = {}) {
  const context = await newContext(options.on ?? browser, options);
  const page = await context.newPage();
  const watcher = await watchPage(page, server.origin);
  await installAxe(page);
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  return { page, watcher, close: () => context.close() };
}

describe('browser checks on the clean fixture page', () => {
  it('watchPage, checkOverflow, checkKeyboard and checkAxe report nothing', async () => {
    const { page, watcher, close } = await open('/');
    expect(await watcher.problems()).toEqual([]);
    expect(await checkKeyboard(page)).toEqual([]);
    expect(await checkAxe(page, 'light')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await checkAxe(page, 'dark', COLOUR_RULES)).toEqual([]);
    expect(await checkTargetSize(page)).toEqual([]);
    expect(await checkOverflow(page)).toEqual([]);
    await close();
  });
});

describe('browser checks catch planted defects', () => {
  it('watchPage blocks and reports a request to another host', async () => {
    const { watcher, close } = await open('/external-host/');
    expect(await watcher.problems()).toContain('request to another host: https://cdn.example.com/picture.png');
    await close();
  });

  it('watchPage reports a CSP violation from the served header', async () => {
    const { page, watcher, close } = await open('/inline-script/');
    expect(await page.title()).toBe('An inline script without a hash');
    expect((await watcher.problems()).some((p) => p.startsWith('CSP violation: script-src-elem blocked inline'))).toBe(true);
    await close();
  });

  it('watchPage reports console errors, uncaught exceptions and failed requests', async () => {
    const { watcher, close } = await open('/errors/');
    const problems = await watcher.problems();
    expect(problems).toContain('console error: planted console error');
    expect(problems).toContain('uncaught exception: planted uncaught exception');
    expect(problems.some((p) => p.startsWith('HTTP 404 for') && p.endsWith('/errors/missing.json'))).toBe(true);
    await close();
  });

  it('checkOverflow names the element wider than 320 px and the text that runs past the edge', async () => {
    const { page, close } = await open('/overflow/');
    expect(await checkOverflow(page)).toEqual([
      expect.stringMatching(/^page is 6\d\dpx wide at 320px: <div#too-wide.too-wide> ends at 6\d\dpx, text "Text that never wraps runs far" in <p.long-text> ends at \d+px$/),
    ]);
    await close();
  });

  it('checkAxe finds the missing alt in light mode and the dark-only contrast failure in dark mode', async () => {
    const { page, close } = await open('/axe/');
    const light = await checkAxe(page, 'light');
    expect(light.map((p) => p.split(' ')[2])).toEqual(['image-alt']);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await checkAxe(page, 'dark', COLOUR_RULES);
    expect(dark.map((p) => p.split(' ')[2])).toEqual(['color-contrast']);
    await close();
  });

  it('checkAxe finds a link whose aria-label leaves out its visible text (WCAG 2.5.3, an experimental axe rule)', async () => {
    const { page, close } = await open('/label-in-name/');
    const light = await checkAxe(page, 'light');
    expect(light.map((p) => p.split(' ')[2])).toEqual(['label-content-name-mismatch']);
    await close();
  });

  it('checkTargetSize finds stacked 12 px links at both phone widths, and checkAxe finds them at desktop width (WCAG 2.5.8)', async () => {
    const { page, close } = await open('/target-size/');
    expect((await checkAxe(page, 'light')).map((p) => p.split(' ')[2])).toEqual(['target-size']);
    expect(await checkTargetSize(page)).toEqual([
      expect.stringMatching(/^axe 412 px: target-size \[serious\] .*#first-small/),
      expect.stringMatching(/^axe 320 px: target-size \[serious\] .*#first-small/),
    ]);
    await close();
  });

  it('checkKeyboard finds a hidden focus ring and a control behind a keyboard trap', async () => {
    const { page, close } = await open('/keyboard/');
    const problems = await checkKeyboard(page);
    expect(problems).toEqual([
      expect.stringMatching(/^<a#no-ring> "this one hides its focus" shows no visible focus/),
      expect.stringMatching(/^<a#trapped> "this link" cannot be reached with Tab/),
    ]);
    await close();
  });

  it('compareVisible finds text and a chart that exist only with JavaScript', async () => {
    const full = await open('/no-js/');
    const bare = await open('/no-js/', { javaScriptEnabled: false });
    const problems = compareVisible(await visibleContent(full.page, true), await visibleContent(bare.page, false), 'no JavaScript');
    expect(problems).toEqual([
      'no JavaScript: text "This sentence exists only with JavaScript." is not visible.',
      'no JavaScript: figure 1 "A chart drawn only in the browser" shows no chart or static map (no visible, uncovered SVG/image/table).',
    ]);
    await Promise.all([full.close(), bare.close()]);
  });

  it('launchChromium({ webgl: false }) removes WebGL, and compareVisible finds a map with no static fallback', async () => {
    const full = await open('/no-webgl/');
    const flat = await open('/no-webgl/', { on: noWebgl });
    expect(await full.page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null)).toBe(true);
    expect(await flat.page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBe(null);
    const problems = compareVisible(await visibleContent(full.page, true), await visibleContent(flat.page, true), 'no WebGL');
    expect(problems).toEqual(['no WebGL: figure 1 "A map" shows no chart or static map (no visible, uncovered SVG/image/table).']);
    await Promise.all([full.close(), flat.close()]);
  });

  it('leaks(html) finds markup parsed as HTML, and shownAsText(html, value) counts it only where it is text', () => {
    const html = readFileSync(`${FIXTURE}/escaping-leak/index.html`, 'utf8');
    expect(leaks(html)).toEqual(['<img src="x-page">', '<img onerror="alert(1)">']);
    expect(shownAsText(html, 'Taldykorgan <img src=x-safe onerror=alert(1)>')).toBe(1);
    expect(shownAsText(html, 'Taldykorgan <img src=x-page onerror=alert(1)>')).toBe(0);
  });

  it('LEAK_TRAP catches markup a script inserts and handlers it runs', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.addInitScript(LEAK_TRAP);
    await page.goto(`${server.origin}/escaping-leak/`, { waitUntil: 'networkidle' });
    expect((await readLeakTrap(page)).sort()).toEqual(['alert(1)', 'img x-page', 'img x-popup']);
    await context.close();
  });
});
