// Data checks of a "shares" entry: every claim a percentage, the highlight and the targets among the entry's claims.
import type { CheckContext } from '../common/chart-type.ts';
import type { SharesEntry } from './options.ts';

export function checkShares(entry: SharesEntry, c: CheckContext): void {
  entry.claims.forEach((id, k) => {
    const unit = c.claim(id)?.unit;
    if (unit !== undefined && unit !== 'percent') c.fail(['claims', k], `${id} (${unit})`, 'a claim in percent: a shares chart puts every row on one 0–100 % scale', 'Use a bar or big-number chart for counts.');
  });
  for (const key of Object.keys(entry.options.labels ?? {})) c.listedClaim(['options', 'labels', key], key);
  if (entry.options.highlight !== undefined) c.listedClaim(['options', 'highlight'], entry.options.highlight);
  const targets = new Set((entry.options.targets ?? []).map((t) => t.target));
  (entry.options.targets ?? []).forEach((t, k) => {
    c.listedClaim(['options', 'targets', k, 'share'], t.share);
    c.listedClaim(['options', 'targets', k, 'target'], t.target);
    if (targets.has(t.share)) c.fail(['options', 'targets', k, 'share'], t.share, 'a share that is not also a target', 'A target is drawn as a tick on its share\'s row, not as a row of its own.');
  });
  if (entry.claims.filter((id) => !targets.has(id)).length < 2) c.fail(['claims'], entry.claims.join(', '), 'at least two shares to compare', 'With one share, use a part-of-whole chart.');
}
