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

/** One line per violated rule, with the first few offending nodes; `rules` narrows the run. */
export async function checkAxe(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Every rule axe ships as stable (WCAG 2.x A/AA plus best practices); experimental ones stay off.
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    if (!axe) throw new Error('axe is not on the page: call installAxe(page) before page.goto().');
    const options = only ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: only } } : { resultTypes: ['violations'] };
    return (await axe.run(document, options)).violations;
  }, rules ?? null);
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
    return `axe ${label}: ${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`;
  });
}
