// Every built page in a real browser: it loads cleanly under its CSP, works by keyboard, passes axe
// in light and dark, and never scrolls sideways at 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkAxe, COLOUR_RULES, installAxe } from './lib/axe.ts';
import { launchChromium, newContext } from './lib/browser.ts';
import { checkKeyboard } from './lib/keyboard.ts';
import { checkOverflow } from './lib/overflow.ts';
import { startServer } from './lib/server.ts';
import type { StaticServer } from './lib/server.ts';
import { DIST, builtPages } from './lib/site.ts';
import { watchPage } from './lib/watch.ts';
import type { Watcher } from './lib/watch.ts';

const PAGES = builtPages();

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(DIST), launchChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe.each(PAGES.map((p) => p.path))('%s', (path) => {
  let context: BrowserContext;
  let page: Page;
  let watcher: Watcher;

  beforeAll(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    watcher = await watchPage(page, server.origin);
    await installAxe(page);
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  });
  afterAll(async () => {
    await context?.close();
  });

  it('loads with no console error, exception, failed request, request to another host or CSP violation', async () => {
    expect(await watcher.problems()).toEqual([]);
  });

  it('lets the keyboard reach every control, with a visible focus', async () => {
    expect(await checkKeyboard(page)).toEqual([]);
  });

  it('has no axe violation in light mode', async () => {
    expect(await checkAxe(page, 'light')).toEqual([]);
  });

  it('has no axe colour violation in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await checkAxe(page, 'dark', COLOUR_RULES)).toEqual([]);
  });

  it('does not overflow sideways at 320 px', async () => {
    expect(await checkOverflow(page, 320)).toEqual([]);
  });

  it('stays free of errors through all of the above', async () => {
    expect(await watcher.problems()).toEqual([]);
  });
});
