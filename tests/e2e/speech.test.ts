// /speech/ reproduces the source exactly: each line's rendered text (minus our marks) equals the
// published line, non-breaking spaces and missing spaces included, and every sentence keeps its anchor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext } from '../../scripts/quality/browser.ts';
import { startServer, type StaticServer } from '../../scripts/quality/server.ts';
import { DIST, ROOT } from './lib/site.ts';
import { resolvePaths } from '../../scripts/lib/paths.ts';
import { segmentSpeech } from '../../scripts/lib/segment.ts';

const mirror = resolvePaths(ROOT, [], process.env).mirrorDir;
const text = readFileSync(join(mirror, 'source/speech.en.txt'), 'utf8');
/** The source's paragraphs: its non-empty lines, exactly as published. */
const lines = text.split('\n').filter((line) => line.trim() !== '');
const sentenceIds = segmentSpeech(text).paragraphs.flatMap((p) => p.sentences.map((s) => s.id));

let site: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [site, browser] = await Promise.all([startServer(DIST), launchChromium()]);
  page = await (await newContext(browser)).newPage();
  await page.goto(`${site.origin}/speech/`, { waitUntil: 'load' });
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

/** The text of every [data-line] element with our marks ([data-annot]: ¶ numbers, note links) taken out. */
const renderedLines = (p: Page): Promise<Record<string, string>> =>
  p.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-line]')].map((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const mark of copy.querySelectorAll('[data-annot]')) mark.remove();
    return [el.dataset['line'] ?? '', copy.textContent ?? ''];
  })));

describe('/speech/', () => {
  it('/speech/ renders every paragraph exactly as the source paragraph', async () => {
    const rendered = await renderedLines(page);
    expect(Object.keys(rendered)).toEqual(lines.map((_, i) => `p${i + 1}`));
    const differing = lines.flatMap((line, i) => (rendered[`p${i + 1}`] === line ? [] : [{ paragraph: `p${i + 1}`, source: line, rendered: rendered[`p${i + 1}`] }]));
    expect(differing).toEqual([]);
    // The check is only worth something if the source has what a careless page would "fix".
    expect(lines.join('\n')).toMatch(/\u00a0/u);
    expect(lines.join('\n')).toMatch(/[a-z]\.[A-Z]/u);
  });

  it('/speech/ keeps an anchor for every sentence', async () => {
    const ids = await page.evaluate((wanted) => wanted.filter((id) => document.getElementById(id) === null), sentenceIds);
    expect(ids).toEqual([]);
  });

  it('/speech/ lists the known flaws of the source in a visible note', async () => {
    const note = page.locator('section.defects');
    await expect(note.isVisible({ timeout: 5000 })).resolves.toBe(true);
    const kinds = await note.locator('[data-defect]').evaluateAll((items) => items.map((li) => li.getAttribute('data-defect')));
    expect(kinds.sort()).toEqual(['doubled-phrase', 'doubled-stop', 'lower-case-start', 'missing-space', 'missing-words', 'non-breaking-space', 'repeated-title']);
    const hrefs = await note.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.slice(1) ?? ''));
    const broken = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id) === null), hrefs);
    expect(broken).toEqual([]);
  });

  it('/speech/ marks only the sentence its address points at, and links back to the chapter the reader came from', async () => {
    const reader = await (await newContext(browser)).newPage();
    await reader.goto(`${site.origin}/chapters/sport/`, { waitUntil: 'load' });
    const fig = reader.locator('.prose a.fig[href^="/speech/#"]').first();
    const target = ((await fig.getAttribute('href', { timeout: 5000 })) ?? '').split('#')[1] ?? '';
    await fig.click();
    await reader.waitForURL(/\/speech\/#/);
    const marked = await reader.evaluate(() => [...document.querySelectorAll('.s.quoted')].filter((s) => getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)').map((s) => s.id));
    expect(marked).toEqual([target]);
    const back = reader.locator('[data-speech-back] a');
    await expect(back.textContent({ timeout: 5000 })).resolves.toMatch(/^← Back to “Sport: /);
    await back.click();
    await reader.waitForURL(/\/chapters\/sport\//);
    await reader.context().close();
  });
});
