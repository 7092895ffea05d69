// Node-side gates over the whole build: valid HTML, links and anchors, CSP hashes, the headers
// file, and byte budgets. Each check is proven against planted defects in scripts/quality/*.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS_FILE, measurePages, overBudget, readBudgets, summary } from '../../scripts/quality/budgets.ts';
import { checkPageCsp, metaPolicy, parsePolicy } from '../../scripts/quality/csp.ts';
import { frameAncestors } from '../../scripts/deploy/headers.ts';
import { checkLinks } from '../../scripts/quality/links.ts';
import { attr, elements, parseHtml } from '../../scripts/quality/html.ts';
import { checkHtmlValidity } from '../../scripts/quality/vnu.ts';
import { headersFor, parseHeadersFile } from '../../scripts/quality/headers-file.ts';
import { DIST, ROOT, builtPages, SITE } from './lib/site.ts';

const PAGES = builtPages();

describe('the build', () => {
  it('has no Nu Html Checker error on any page', () => {
    expect(checkHtmlValidity(PAGES.map((p) => p.file), DIST)).toEqual([]);
  });

  it('has every internal link, resource and #anchor resolving', () => {
    expect(checkLinks(DIST, SITE)).toEqual([]);
  });

  it('gives /speech/ an anchor for every paragraph and sentence of the speech', () => {
    const speech = JSON.parse(readFileSync(join(ROOT, 'src/generated/speech.json'), 'utf8')) as { paragraphs: Array<{ id: string; sentences: Array<{ id: string }> }> };
    const page = PAGES.find((p) => p.path === '/speech/');
    expect(page, 'the build has no /speech/ page').toBeDefined();
    const ids = new Set([...elements(parseHtml(readFileSync(page?.file ?? '', 'utf8')))].map((el) => attr(el, 'id')));
    const missing = speech.paragraphs.flatMap((p) => [p.id, ...p.sentences.map((s) => s.id)]).filter((id) => !ids.has(id));
    expect(missing.map((id) => `/speech/#${id} has no element with that id`)).toEqual([]);
  });

  it('gives every page an icon, so no browser asks for a missing /favicon.ico (a logged 404)', () => {
    const hasDefault = existsSync(join(DIST, 'favicon.ico'));
    const missing = PAGES.filter((p) => {
      const icons = [...elements(parseHtml(readFileSync(p.file, 'utf8')))].filter((el) => el.tagName === 'link' && /\bicon\b/.test(attr(el, 'rel') ?? ''));
      return icons.length === 0 && !hasDefault;
    });
    expect(missing.map((p) => `${p.path}: no <link rel="icon"> and no dist/favicon.ico`)).toEqual([]);
  });

  it('gives every page a strict CSP that covers each inline script and style by hash', () => {
    const problems = PAGES.flatMap((p) => checkPageCsp(readFileSync(p.file, 'utf8')).map((m) => `${p.path}: ${m}`));
    expect(problems).toEqual([]);
  });

  it('ships a _headers file whose CSP for each page covers its meta policy, with its frame-ancestors', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), `${file} is missing: npm run build runs scripts/quality/headers.ts after astro build`).toBe(true);
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    const problems = PAGES.flatMap((p) => {
      const header = headersFor(rules, p.path)['content-security-policy'];
      const meta = metaPolicy(readFileSync(p.file, 'utf8'));
      if (header === undefined) return [`${p.path}: no Content-Security-Policy header`];
      const expected = new Map(parsePolicy(meta ?? ''));
      const [name, ...sources] = frameAncestors(p.path).split(' ');
      expected.set(name ?? '', sources);
      // Pages of one folder share a rule whose policy is the union of theirs (Cloudflare's 100-rule limit): it must cover this page's.
      const got = parsePolicy(header);
      const missing = [...expected].flatMap(([directive, sources]) => sources.filter((src) => !(got.get(directive) ?? []).includes(src)).map((src) => `${directive} ${src}`));
      const frame = JSON.stringify(got.get(name ?? '')) === JSON.stringify(sources) ? [] : [`frame-ancestors ${got.get(name ?? '')?.join(' ') ?? '(none)'} instead of ${sources.join(' ')}`];
      return [...missing, ...frame].length === 0 ? [] : [`${p.path}: header policy misses ${[...missing, ...frame].join(', ')} of the page's meta policy (rebuild, then rerun)`];
    });
    expect(problems).toEqual([]);
  });

  it('keeps every page within the byte budget of its kind (gzipped)', () => {
    const measured = measurePages(DIST);
    const budgets = readBudgets(BUDGETS_FILE.pathname);
    const over = overBudget(measured, budgets);
    expect(over, `\n${over}\n\nAll kinds:\n${summary(measured, budgets)}\n`).toBe('');
  });
});
