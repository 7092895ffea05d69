// Without JavaScript and without WebGL every page still shows its text, its charts and its static
// maps: compared, figure by figure, with the same page in a full browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from './lib/browser.ts';
import { compareVisible, visibleContent } from './lib/degraded.ts';
import type { Visible } from './lib/degraded.ts';
import { startServer } from './lib/server.ts';
import type { StaticServer } from './lib/server.ts';
import { DIST, builtPages } from './lib/site.ts';
import { watchPage } from './lib/watch.ts';

const PAGES = builtPages();

let server: StaticServer;
let full: Browser;
let flat: Browser;

beforeAll(async () => {
  [server, full, flat] = await Promise.all([startServer(DIST), launchChromium(), launchChromium({ webgl: false })]);
});
afterAll(async () => {
  await Promise.all([full?.close(), flat?.close(), server?.close()]);
});

/** Loads `path` and reads what is visible, with the load's problems; only the full view counts canvases. */
async function view(browser: Browser, path: string, javaScriptEnabled: boolean, baseline = false) {
  const context = await newContext(browser, { javaScriptEnabled });
  const page = await context.newPage();
  const watcher = await watchPage(page, server.origin);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // Without JavaScript nothing loads after the load event.
  if (javaScriptEnabled) await page.waitForLoadState('networkidle');
  const visible = await visibleContent(page, baseline);
  const problems = await watcher.problems();
  await context.close();
  return { visible, problems };
}

describe.each(PAGES.map((p) => p.path))('%s', (path) => {
  let baseline: Visible;

  beforeAll(async () => {
    baseline = (await view(full, path, true, true)).visible;
  });

  it.runIf(/^\/chapters\/[^/]+\/$/.test(path))('has text to compare (a chapter)', () => {
    expect(baseline.texts.length).toBeGreaterThan(0);
  });

  it('shows the same text and every chart or static map without JavaScript', async () => {
    const { visible } = await view(full, path, false);
    expect(compareVisible(baseline, visible, 'no JavaScript')).toEqual([]);
  });

  it('shows the same text and every chart or static map without WebGL, with no error', async () => {
    const { visible, problems } = await view(flat, path, true);
    expect([...compareVisible(baseline, visible, 'no WebGL'), ...problems]).toEqual([]);
  });
});
