// axe-core over the page as it stands, in the colour scheme the context emulates.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Only colours change between light and dark, so the dark pass runs just the rules that read them.
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One line per violated rule, with the first few offending nodes; `rules` narrows the run. */
export async function checkAxe(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Every rule axe ships as stable (WCAG 2.x A/AA plus best practices); experimental ones stay off.
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
    return `axe ${label}: ${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`;
  });
}
