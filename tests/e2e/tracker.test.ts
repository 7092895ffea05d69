// The tracker in a real browser: search, filters kept in the URL, counts per option, the empty state and sorting;
// and the reuse files the build ships beside it (JSON, CSV, the .ics calendar, the RSS feed) parse and agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { DIST } from './lib/site.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(DIST), launchChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

const visibleRows = `#tracker-table tbody tr:not([hidden])`;

describe('tracker page', () => {
  it('tracker search narrows the rows, keeps the query in the URL and restores it on reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/tracker/`, { waitUntil: 'load' });
    const all = await page.locator(visibleRows).count();
    await page.fill('#f-q', 'Usharal pipeline');
    await expect.poll(() => page.locator(visibleRows).count()).toBeLessThan(all);
    const narrowed = await page.locator(visibleRows).count();
    expect(narrowed).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Usharal pipeline');
    await page.reload({ waitUntil: 'load' });
    expect(await page.inputValue('#f-q')).toBe('Usharal pipeline');
    await expect.poll(() => page.locator(visibleRows).count()).toBe(narrowed);
    await expect.poll(() => page.textContent('#tracker-count')).toBe(`Showing ${narrowed} of ${all}.`);
    await context.close();
  });

  it('tracker filter options show their counts, and one that would show nothing is disabled', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/tracker/?status=reported+done`, { waitUntil: 'load' });
    const shown = await page.locator(visibleRows).count();
    expect(await page.locator('#f-status option:checked').textContent()).toBe(`reported done (${shown})`);
    const topics = await page.$$eval('#f-topic option', (os) => os.map((o) => ({ text: o.textContent ?? '', disabled: (o as HTMLOptionElement).disabled })));
    expect(topics.filter((o) => o.disabled).every((o) => o.text.endsWith('(0)'))).toBe(true);
    expect(topics.filter((o) => !o.disabled && o.text !== 'All topics').every((o) => !o.text.endsWith('(0)'))).toBe(true);
    await context.close();
  });

  it('tracker says so when nothing matches, and sorting by deadline puts the earliest date first', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.origin}/tracker/?q=zzzz-no-such-word`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-empty]').isVisible()).toBe(true);
    await page.goto(`${server.origin}/tracker/`, { waitUntil: 'load' });
    await page.click('th[data-sort="deadline"] button');
    expect(await page.getAttribute('th[data-sort="deadline"]', 'aria-sort')).toBe('ascending');
    const dates = await page.$$eval('#tracker-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset['deadline'] ?? ''));
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(0, dated.length)).toEqual(dated);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('deadline:asc');
    await context.close();
  });
});

describe('tracker on a phone', () => {
  it('tracker scrolls a link to a row (#id) onto that row at 412 px, though rows off screen are laid out late', async () => {
    const html = readFileSync(join(DIST, 'tracker/index.html'), 'utf8');
    const ids = [...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1] ?? '');
    const instruction = ids.filter((id) => !id.startsWith('project-')).at(-1);
    const project = ids.filter((id) => id.startsWith('project-')).at(-1);
    for (const id of [instruction, project]) {
      expect(id, 'the tracker has no such row').toBeDefined();
      const context = await newContext(browser, { width: 412 });
      const page = await context.newPage();
      // With motion allowed the site scrolls smoothly to a #fragment, the case where late-drawn rows moved the target away.
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.goto(`${server.origin}/tracker/#${id}`, { waitUntil: 'load' });
      const top = () => page.evaluate((target) => Math.round(document.getElementById(target)?.getBoundingClientRect().top ?? NaN), id ?? '');
      // The page's 3rem scroll margin puts the row's top within the first 100 px, and it stays there once the rows around it are drawn.
      await expect.poll(async () => { const t = await top(); return t >= 0 && t < 100 ? 'on the row' : `row at ${t} px`; }, { timeout: 5000 }).toBe('on the row');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await top()).toBeLessThan(100);
      await context.close();
    }
  });
});

describe('tracker on another day than the build', () => {
  it('tracker recounts the deadline options at load when a deadline lies between the build day and the reader\'s day', async () => {
    const html = readFileSync(join(DIST, 'tracker/index.html'), 'utf8');
    const deadlines = [...html.matchAll(/<tr [^>]*data-deadline="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1] ?? '');
    const earliest = [...deadlines].sort()[0];
    expect(earliest, 'the tracker has no dated deadline to test with').toBeDefined();
    // The day before the earliest deadline: every dated deadline is still ahead then, whatever the build day.
    const day = new Date(`${earliest}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(day);
    await page.goto(`${server.origin}/tracker/`, { waitUntil: 'load' });
    await expect.poll(() => page.textContent('#f-deadline option[value="ahead"]')).toBe(`Date not yet reached (${deadlines.length})`);
    expect(await page.textContent('#f-deadline option[value="passed"]')).toBe('Date has passed (0)');
    expect(await page.$eval('#f-deadline option[value="passed"]', (o) => (o as HTMLOptionElement).disabled)).toBe(true);
    await context.close();
  });
});

describe('tracker reuse files', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'data/instructions.json'), 'utf8')) as { instructions: { id: string; status: string; evidence: { url: string }[] }[] };

  it('instructions.json lists every instruction page, each status with its evidence URLs', () => {
    expect(json.instructions.length).toBeGreaterThan(0);
    for (const i of json.instructions) {
      expect(readFileSync(join(DIST, `tracker/${i.id}/index.html`), 'utf8')).toMatch(/<h1[ >]/);
      for (const e of i.evidence) expect(e.url).toMatch(/^https?:\/\//);
    }
    expect(json.instructions.filter((i) => i.status === 'not yet checked')).toEqual([]);
  });

  it('instructions.csv parses with a real CSV parser, header first after the BOM, one row per instruction', () => {
    const text = readFileSync(join(DIST, 'data/instructions.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid,kind,action,')).toBe(true);
    const csv = parseCsv(text.slice(1).replaceAll('\r\n', '\n'), 'instructions.csv');
    expect(csv.problems).toEqual([]);
    expect(csv.records.map((r) => r.cells['id'])).toEqual(json.instructions.map((i) => i.id));
  });

  it('deadlines.ics holds one all-day event per dated deadline, and the RSS feed one item per status change', () => {
    const ics = readFileSync(join(DIST, 'tracker/deadlines.ics'), 'utf8');
    const dated = (JSON.parse(readFileSync(join(DIST, 'data/instructions.json'), 'utf8')) as { instructions: { deadline_date: string | null }[] }).instructions.filter((i) => i.deadline_date).length;
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(dated);
    expect(ics.match(/DTSTART;VALUE=DATE:\d{8}/g)?.length).toBe(dated);
    const rss = readFileSync(join(DIST, 'updates/rss.xml'), 'utf8');
    expect(rss).toMatch(/^<\?xml/);
    expect(rss.match(/<item>/g)?.length).toBeGreaterThan(0);
    const guids = rss.match(/<guid isPermaLink="false">[^<]+<\/guid>/g) ?? [];
    expect(new Set(guids).size).toBe(guids.length);
  });
});
