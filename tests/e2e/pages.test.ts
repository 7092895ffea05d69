// Every built page in a real browser, a few at a time: it loads cleanly under its CSP, shows the
// same text, charts and static maps without JavaScript and without WebGL, works by keyboard, passes
// axe in light and dark, has touch targets of 24 px at phone widths, and never scrolls sideways at 320 px. One test per page; a failure lists
// the problems of each check.
import { afterAll, beforeAll, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { checkAxe, checkTargetSize, COLOUR_RULES, installAxe } from './lib/axe.ts';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { compareVisible, visibleContent } from './lib/degraded.ts';
import { checkKeyboard } from './lib/keyboard.ts';
import { checkOverflow } from './lib/overflow.ts';
import { startServer } from '../../scripts/quality/server.ts';
import type { StaticServer } from '../../scripts/quality/server.ts';
import { DIST, builtPages } from './lib/site.ts';
import { watchPage } from './lib/watch.ts';

const PAGES = builtPages();
let server: StaticServer;
let browser: Browser;
let flat: Browser;

beforeAll(async () => {
  [server, browser, flat] = await Promise.all([startServer(DIST), launchChromium(), launchChromium({ webgl: false })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), flat?.close(), server?.close()]);
});

/** The same page in a degraded browser: what is visible, and what went wrong while loading. */
async function degradedView(on: Browser, path: string, javaScriptEnabled: boolean) {
  const context = await newContext(on, { javaScriptEnabled });
  const page = await context.newPage();
  const watcher = await watchPage(page, server.origin);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // Without JavaScript nothing loads after the load event.
  if (javaScriptEnabled) await watcher.settle();
  const visible = await visibleContent(page, false);
  const problems = await watcher.problems();
  await context.close();
  return { visible, problems };
}

it.concurrent.for(PAGES.map((p) => p.path))('%s', async (path, { expect }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const watcher = await watchPage(page, server.origin);
  await installAxe(page);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await watcher.settle();
  const report: Record<string, string[]> = {};
  report['clean load (errors, other hosts, CSP)'] = await watcher.problems();

  const full = await visibleContent(page, true);
  const bare = await degradedView(browser, path, false);
  const noGl = await degradedView(flat, path, true);
  report['without JavaScript'] = compareVisible(full, bare.visible, 'no JavaScript');
  report['without WebGL'] = [...compareVisible(full, noGl.visible, 'no WebGL'), ...noGl.problems];
  if (/^\/chapters\/[^/]+\/$/.test(path) && full.texts.length === 0) report['without JavaScript'].push('the chapter shows no text at all');

  report['keyboard'] = await checkKeyboard(page);
  report['axe, light'] = await checkAxe(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  report['axe, dark (colour rules)'] = await checkAxe(page, 'dark', COLOUR_RULES);
  await page.emulateMedia({ colorScheme: 'light' });
  report['touch targets at phone widths'] = await checkTargetSize(page);
  report['overflow at 320 px'] = await checkOverflow(page, 320);
  report['errors during the checks'] = (await watcher.problems()).slice(report['clean load (errors, other hosts, CSP)'].length);
  await context.close();

  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((check) => [check, []])));
});
