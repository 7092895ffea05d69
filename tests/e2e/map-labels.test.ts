// Map labels as a reader sees them: on every page with a static map, at 390 and 1280 px, with and
// without JavaScript (without it every scrolly step shows its own map), no label overlaps another,
// none is cut by the map's frame, and at 390 px none is drawn smaller than 11 px.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { formatLabelProblems, measureMapLabels } from './lib/map-labels.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { builtPages, DIST } from './lib/site.ts';

const MAP_PAGES = builtPages().filter((p) => p.path.endsWith('/') && readFileSync(p.file, 'utf8').includes('map-static-svg'));
const WIDTHS = [390, 1280] as const;
/** The smallest label size a phone reader gets. */
const PHONE_MIN = 11;

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  // Without WebGL the static maps stay on screen, so they are what is measured.
  [server, browser] = await Promise.all([startServer(DIST), launchChromium({ webgl: false })]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('measureMapLabels', () => {
  it('measureMapLabels(page, min) finds overlapping, cut and small labels (planted)', async () => {
    const context = await newContext(browser, { width: 390 });
    const page = await context.newPage();
    await page.setContent(`<div class="map-frame" style="width:200px;overflow:hidden"><svg class="map-static-svg" data-map="planted" viewBox="0 0 400 200" width="100%"><g class="labels">
      <text x="10" y="50" font-size="24">Overlap one</text><text x="20" y="55" font-size="24">Overlap two</text>
      <text x="380" y="150" font-size="24">Cut</text><text x="10" y="190" font-size="12">Tiny</text></g></svg></div>`);
    const report = await measureMapLabels(page, PHONE_MIN);
    await context.close();
    expect(report.problems.map((p) => `${p.kind}:${p.text}`).sort()).toEqual(['cut:Cut', 'overlap:Overlap one', 'small:Tiny']);
  });
});

describe.each(WIDTHS)('map labels at %i px', (width) => {
  it('there are pages with static maps to check', () => {
    expect(MAP_PAGES.length).toBeGreaterThan(0);
  });
  it.concurrent.for(MAP_PAGES.map((p) => p.path))('%s', async (path, { expect }) => {
    const problems: string[] = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await newContext(browser, { width, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      const report = await measureMapLabels(page, width <= 400 ? PHONE_MIN : 0);
      if (report.maps === 0) problems.push(`${path} at ${width} px (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): no static map visible`);
      const text = formatLabelProblems(path, width, report.problems);
      if (text) problems.push(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}:\n${text}`);
      await context.close();
    }
    expect(problems.join('\n')).toBe('');
  });
});
