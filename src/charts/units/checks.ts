// Data checks of a "units" entry: whole numbers of countable things; nested claims from the smallest to the whole.
import type { CheckContext } from '../common/chart-type.ts';
import type { UnitsEntry } from './options.ts';

// Squares stand for things one can count; shares, money and lengths are not drawn as units.
const COUNTABLE = new Set(['factories', 'villages', 'posts', 'projects', 'facilities', 'districts', 'universities', 'people', 'jobs', 'count', 'containers']);

export function checkUnits(entry: UnitsEntry, c: CheckContext): void {
  if (entry.claims.length === 0) c.fail(['claims'], '', 'at least one claim id');
  for (const key of Object.keys(entry.options.labels ?? {})) c.listedClaim(['options', 'labels', key], key);
  for (const key of Object.keys(entry.options.styles ?? {})) c.listedClaim(['options', 'styles', key], key);
  entry.claims.forEach((id, i) => {
    const claim = c.claim(id);
    if (claim !== undefined && !COUNTABLE.has(claim.unit)) c.fail(['claims', i], `${id} (${claim.unit})`, `a claim that counts things (${[...COUNTABLE].join(', ')})`, 'Show shares as "part-of-whole" and amounts as "big-number".');
    else if (claim !== undefined && !Number.isInteger(claim.value)) c.fail(['claims', i], `${id} (${claim.value})`, 'a whole number of things');
  });
  if (entry.options.layout === 'nested') {
    c.oneUnit('each claim contains the one before');
    entry.claims.forEach((id, i) => {
      const [before, claim] = [c.claim(entry.claims[i - 1] ?? ''), c.claim(id)];
      if (before !== undefined && claim !== undefined && claim.value < before.value) {
        c.fail(['claims', i], `${id} (${claim.value}) after ${before.id} (${before.value})`, 'nested claims from the smallest to the whole', 'Reorder "claims" so each one contains the one before it.');
      }
    });
  }
}
