// axe-core over the page as it stands, in the colour scheme the context emulates. axe is injected
// once per page as an init script (into every frame, past the CSP): ~10x faster than AxeBuilder,
// which re-injects it and finishes each run in an extra page.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Only colours change between light and dark, so the dark pass runs just the rules that read them.
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Call before the first navigation: every document and frame of the page then carries axe. */
export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript(AXE_SOURCE);
}

/** The standards the gate holds every page to: WCAG 2.0, 2.1 and 2.2 A/AA (2.2 adds target-size), and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules axe still files as experimental that the gate runs anyway: WCAG 2.5.3 Label in Name (issue 15). */
export const AXE_EXTRA_RULES = ['label-content-name-mismatch'];

/** One line per violated rule, with the first few offending nodes; `rules` narrows the run. */
export async function checkAxe(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Every rule of the WCAG 2.x A/AA and best-practice tags, plus the experimental rules named above.
  const violations = await page.evaluate(async ({ only, tags, extra }) => {
    const axe = (window as unknown as { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe is not on the page: call installAxe(page) before page.goto().');
    const options = only
      ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } }
      : { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(extra.map((id) => [id, { enabled: true }])) };
    return (await axe.run(document, options)).violations;
  }, { only: rules ?? null, tags: AXE_TAGS, extra: AXE_EXTRA_RULES });
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
    return `axe ${label}: ${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`;
  });
}

/** Lighthouse's phone width and the narrowest the site supports: where touch targets crowd each other. */
export const PHONE_WIDTHS = [412, 320];

/** WCAG 2.5.8 (axe's target-size, as Lighthouse runs it) with the page resized to each phone width. */
export async function checkTargetSize(page: Page, widths: readonly number[] = PHONE_WIDTHS): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    problems.push(...await checkAxe(page, `${width} px`, ['target-size']));
  }
  return problems;
}
