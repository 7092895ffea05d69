// Data checks of a "bar" entry: bars of claims in one unit, or instructions counted by topic.
import type { CheckContext } from '../common/chart-type.ts';
import type { BarEntry } from './options.ts';

export function checkBar(entry: BarEntry, c: CheckContext): void {
  for (const key of Object.keys(entry.options.labels ?? {})) {
    if (entry.instructions === undefined) c.listedClaim(['options', 'labels', key], key);
    else c.topic(['options', 'labels', key], key);
  }
  if (entry.options.highlight !== undefined) c.topic(['options', 'highlight'], entry.options.highlight);
  if (entry.instructions !== undefined) {
    if (entry.claims.length > 0) c.fail(['claims'], entry.claims.join(', '), 'no claims in a bar chart of instructions by topic', 'Use either "claims" (bars of figures) or "instructions" (counts by topic), not both.');
  } else {
    if (entry.claims.length < 2) c.fail(['claims'], entry.claims.join(', '), 'at least two claim ids (a bar chart compares figures)', 'Use "big-number" for a single figure.');
    c.oneUnit('a bar chart compares like with like');
  }
}
