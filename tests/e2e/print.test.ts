// Chapters on paper: in Chromium's print mode no control is printed, each figure and legend stays
// whole on one page, pictures print their text at 7 pt or more, no map is printed twice, and the
// PDF has no blank page. A planted page proves each check can fail.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { pdfPageTextOps, PRINT_WIDTH, printProblems } from './lib/print.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { builtPages, DIST } from './lib/site.ts';

// Every chapter: the scrolly, static maps, charts and tables are all in one of them.
const PAGES = builtPages().map((p) => p.path).filter((path) => /^\/chapters\/[^/]+\/$/.test(path));

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(DIST), launchChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('printProblems and pdfPageTextOps', () => {
  it('printProblems(page) finds a printed control, a splittable figure, small text and a repeated map (planted)', async () => {
    const context = await newContext(browser, { width: PRINT_WIDTH });
    const page = await context.newPage();
    const map = '<svg class="map-static-svg" viewBox="0 0 100 50" width="300"><text x="5" y="20" font-size="8">Town</text></svg>';
    await page.setContent(`<style>figure { break-inside: avoid } .loose { break-inside: auto }</style>
      <details class="embed-code"><summary>Embed this graphic</summary></details>
      <figure>${map}</figure><figure>${map}</figure><div class="scrolly-step-map loose"><p>step</p></div>`);
    await page.emulateMedia({ media: 'print' });
    const problems = await printProblems(page);
    await context.close();
    expect(problems.map((p) => p.kind).sort()).toEqual(['control', 'repeat', 'split']);
    // 8 user units in a 100-unit box drawn 300 px wide = 24 px = 18 pt: big enough; now shrink it.
    const small = await newContext(browser, { width: PRINT_WIDTH });
    const tiny = await small.newPage();
    await tiny.setContent('<figure style="break-inside: avoid"><svg viewBox="0 0 1000 50" width="300"><text x="5" y="20" font-size="12">Tiny</text></svg></figure>');
    await tiny.emulateMedia({ media: 'print' });
    expect((await printProblems(tiny)).map((p) => `${p.kind}: ${p.detail}`)).toEqual([expect.stringMatching(/^small: "Tiny" .* prints at 2\.7 pt/)]);
    await small.close();
  });

  it('pdfPageTextOps(pdf) counts no text on a blank last page (planted)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.setContent('<p>One page of text.</p><div style="break-before: page; height: 1px"></div>');
    const ops = pdfPageTextOps(await page.pdf({ format: 'A4' }));
    await context.close();
    expect(ops).toHaveLength(2);
    expect(ops[0]).toBeGreaterThan(0);
    expect(ops[1]).toBe(0);
  });
});

it('there are chapters to print', () => {
  expect(PAGES.length).toBeGreaterThan(2);
});

describe.each(PAGES)('%s printed', (path) => {
  it(`${path} prints no control, whole figures, text ≥ 7 pt and each map once`, async () => {
    const context = await newContext(browser, { width: PRINT_WIDTH });
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const problems = await printProblems(page);
    await context.close();
    expect(problems.map((p) => `${p.kind}: ${p.detail}`)).toEqual([]);
  });

  it(`${path} prints to a PDF without a blank page`, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'networkidle' });
    const ops = pdfPageTextOps(await page.pdf({ format: 'A4' }));
    await context.close();
    expect(ops.length).toBeGreaterThan(1);
    expect(ops.map((n, i) => (n === 0 ? `page ${i + 1} of ${ops.length} is blank` : '')).filter(Boolean)).toEqual([]);
  });
});
