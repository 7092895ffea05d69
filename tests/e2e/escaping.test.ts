// Text from the datasets is always escaped: a build whose place name (and a claim measure, a project
// name, an instruction action) carries markup shows that markup as text on every page, embed, map
// popup and data file, and nothing made from it ever runs or loads. One extra build, ~30 s.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { listPages } from '../../scripts/quality/pages.ts';
import type { BuiltPage } from '../../scripts/quality/pages.ts';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { hostileBuild } from './lib/hostile-build.ts';
import { LEAK_TRAP, leaks, readLeakTrap, shownAsText } from './lib/markup-leaks.ts';
import type { Injection } from './lib/hostile-build.ts';
import { startServer } from '../../scripts/quality/server.ts';
import type { StaticServer } from '../../scripts/quality/server.ts';
import { watchPage } from './lib/watch.ts';

let dist: string;
let injections: Injection[];
let pages: BuiltPage[];

beforeAll(() => {
  ({ dist, injections } = hostileBuild());
  pages = listPages(dist);
}, 600_000);

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

describe('a build whose data carries markup', () => {
  it('shows the place name, markup and all, as text on at least one page', () => {
    const place = injections.find((i) => i.field.startsWith('data/places.csv')) as Injection;
    const showing = pages.filter((p) => shownAsText(readFileSync(p.file, 'utf8'), place.value) > 0).map((p) => p.path);
    expect(showing.length, `the place name ${JSON.stringify(place.value)} appears on no page`).toBeGreaterThan(0);
  });

  it('has no element, attribute or script made from the markup on any page, embed included', () => {
    const found = pages.flatMap((p) => leaks(readFileSync(p.file, 'utf8')).map((l) => `${p.path}: ${l}`));
    expect(found).toEqual([]);
  });

  it('keeps the markup as data in every CSV, JSON and SVG file the site serves', () => {
    const problems: string[] = [];
    for (const file of filesUnder(dist, '.csv')) {
      const text = readFileSync(file, 'utf8');
      if (!injections.some((i) => text.includes(i.token))) continue;
      // The whole file is strict RFC 4180: header first, provenance in the JSON beside it.
      const table = parseCsv(text, file);
      if (table.problems.length > 0) problems.push(`${file}: ${table.problems.map((p) => p.expected).join('; ')}`);
      const cells = table.records.flatMap((r) => Object.values(r.cells));
      for (const { value, token } of injections) {
        const marker = value.slice(value.indexOf('<img'));
        // The token names one injection; a shared prefix such as "<img src=x-followup-" does not.
        if (text.includes(token) && !cells.some((c) => c.includes(marker))) problems.push(`${file}: ${marker} is cut or altered`);
      }
    }
    for (const file of filesUnder(dist, '.json')) {
      const text = readFileSync(file, 'utf8');
      if (!injections.some((i) => text.includes(i.token))) continue;
      try {
        JSON.parse(text);
      } catch (error) {
        problems.push(`${file}: ${String(error)}`);
      }
    }
    // SVG files (the gallery previews) open as documents of their own: markup in them would run there.
    for (const file of filesUnder(dist, '.svg')) {
      const text = readFileSync(file, 'utf8');
      if (injections.some((i) => text.includes(i.token))) problems.push(...leaks(text).map((l) => `${file}: ${l}`));
    }
    expect(problems).toEqual([]);
  });

  describe('in a browser', () => {
    let server: StaticServer;
    let browser: Browser;

    beforeAll(async () => {
      [server, browser] = await Promise.all([startServer(dist), launchChromium()]);
    });
    afterAll(async () => {
      await Promise.all([browser?.close(), server?.close()]);
    });

    it('runs and loads nothing made from the markup on any page, with maps and popups opened', async () => {
      const place = injections.find((i) => i.field.startsWith('data/places.csv')) as Injection;
      const problems: string[] = [];
      const popups: string[] = [];
      for (const page of pages) {
        const html = readFileSync(page.file, 'utf8');
        if (!injections.some((i) => html.includes(i.token)) && !/maplibre|data-map/i.test(html)) continue;
        const context = await newContext(browser);
        const tab = await context.newPage();
        await tab.addInitScript(LEAK_TRAP);
        const watcher = await watchPage(tab, server.origin);
        await tab.goto(server.origin + page.path, { waitUntil: 'load' });
        await watcher.settle();
        // A reader arrives: live maps start at the first pointer, scroll, touch or key.
        await tab.mouse.move(10, 10);
        // Open every popup-like control a reader could: buttons and summaries in figures, map features.
        // Element handles, not nth() locators: a live map mounting adds buttons and would shift the indices.
        for (const control of await tab.locator('figure button, figure summary, a[data-fid]').elementHandles()) {
          const text = (await control.textContent()) ?? '';
          const isMapLink = (await control.getAttribute('data-fid')) !== null;
          // Map links whose feature carries no injected text cannot show any; skip them (they are many).
          if (isMapLink && !injections.some((i) => text.includes(i.token))) continue;
          const isPlace = isMapLink && text.includes(place.value);
          // A map link opens a popup only once the live map is up; before that it is a plain anchor.
          if (isPlace) {
            // Maps mount when scrolled into view: bring the link's map on screen, then wait until the live
            // map (a figure, or a scrolly section) marks itself ready, drawn and wired.
            await control.scrollIntoViewIfNeeded({ timeout: 10_000 }).catch(() => undefined);
            await tab
              .waitForFunction((el) => ((el as Element).closest('[data-map-live]') as HTMLElement | null)?.dataset['mapLive'] === 'ready', control, { timeout: 60_000 })
              .catch(() => undefined);
          }
          // A loaded machine can take seconds to find a link actionable: the place's link gets longer.
          const clicked = await control.click({ timeout: isPlace ? 15_000 : 2000 }).then(() => true, () => false);
          if (!isPlace) continue;
          if (!clicked) {
            popups.push(`${page.path}: the map link to the place could not be clicked`);
            continue;
          }
          // A page can hold several maps: the popup to read is the one in the link's own figure.
          const figure = await control.evaluateHandle((el) => (el as Element).closest('figure'));
          const popupText = (fig: Element | null) => fig?.querySelector('.maplibregl-popup')?.textContent ?? null;
          const shown = await tab
            .waitForFunction(([fig, name]) => (fig?.querySelector('.maplibregl-popup')?.textContent ?? '').includes(name), [figure, place.value] as const, { timeout: 10_000 })
            .then(() => true, () => false);
          const other = shown ? '' : await figure.evaluate(popupText);
          popups.push(`${page.path}: popup ${shown ? 'shows the name as text' : other === null ? 'did not open' : `lacks the name: "${other.slice(0, 80)}"`}`);
        }
        const leaked = await readLeakTrap(tab);
        problems.push(...[...leaked, ...(await watcher.problems()).filter((p) => p.includes('x-') || p.includes('alert'))].map((p) => `${page.path}: ${p}`));
        await context.close();
      }
      expect(problems).toEqual([]);
      // Every map popup of the place must open and show its name, markup included, as text.
      expect(popups.filter((p) => !p.endsWith('shows the name as text'))).toEqual([]);
      const maps = pages.filter((p) => readFileSync(p.file, 'utf8').includes('data-fid=')).length;
      if (maps > 0) expect(popups.length, `${maps} pages have map links, yet none for the place opened a popup`).toBeGreaterThan(0);
    }, 900_000); // one pass over every page with live maps: a hang guard, not a speed target
  });
});
