// Data checks of a "big-number" entry: one to four claims, labels only for listed claims.
import type { CheckContext } from '../common/chart-type.ts';
import type { BigNumberEntry } from './options.ts';

export function checkBigNumber(entry: BigNumberEntry, c: CheckContext): void {
  if (entry.claims.length === 0 || entry.claims.length > 4) c.fail(['claims'], entry.claims.join(', '), 'one to four claim ids');
  for (const key of Object.keys(entry.options.labels ?? {})) c.listedClaim(['options', 'labels', key], key);
}
