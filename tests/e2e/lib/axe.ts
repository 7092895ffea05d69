// axe-core over the page as it stands, in the colour scheme the context emulates.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One line per violated rule, with the first few offending nodes. */
export async function checkAxe(page: Page, label: string): Promise<string[]> {
  // Every rule axe ships as stable (WCAG 2.x A/AA plus best practices); experimental ones stay off.
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
    return `axe ${label}: ${v.id} [${v.impact ?? 'n/a'}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`;
  });
}
