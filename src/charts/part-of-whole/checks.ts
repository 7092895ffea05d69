// Data checks of a "part-of-whole" entry: shares in percent, or parts no larger than a whole claim in the same unit.
import type { CheckContext } from '../common/chart-type.ts';
import type { PartOfWholeEntry } from './options.ts';

export function checkPartOfWhole(entry: PartOfWholeEntry, c: CheckContext): void {
  const total = entry.options.total;
  if (total !== undefined) c.listedClaim(['options', 'total'], total);
  for (const key of Object.keys(entry.options.labels ?? {})) c.listedClaim(['options', 'labels', key], key);
  const parts = entry.claims.filter((id) => id !== total);
  if (parts.length === 0) c.fail(['claims'], entry.claims.join(', '), 'at least one claim that is a part (besides the total)');
  if (total === undefined) {
    parts.forEach((id) => {
      const unit = c.claim(id)?.unit;
      if (unit !== undefined && unit !== 'percent') c.fail(['claims', entry.claims.indexOf(id)], `${id} (${unit})`, 'a claim in percent, or an "options.total" claim that is the whole', `Add "options": { "total": "<claim id of the whole>" }.`);
    });
  } else {
    c.oneUnit('parts and their whole');
    const whole = c.claim(total)?.value;
    for (const id of parts) {
      const value = c.claim(id)?.value;
      if (whole !== undefined && value !== undefined && value > whole) c.fail(['claims', entry.claims.indexOf(id)], `${id} (${value})`, `a part no larger than the total ${total} (${whole})`);
    }
  }
}
