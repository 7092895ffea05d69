// Data checks of a "current-vs-target" entry: every claim in a row, each current value in its target's unit.
import type { CheckContext } from '../common/chart-type.ts';
import type { CurrentVsTargetEntry } from './options.ts';

export function checkCurrentVsTarget(entry: CurrentVsTargetEntry, c: CheckContext): void {
  const used = new Set<string>();
  entry.options.rows.forEach((row, i) => {
    c.listedClaim(['options', 'rows', i, 'target'], row.target);
    used.add(row.target);
    if (row.current !== undefined) {
      c.listedClaim(['options', 'rows', i, 'current'], row.current);
      used.add(row.current);
      const [now, target] = [c.claim(row.current), c.claim(row.target)];
      if (now !== undefined && target !== undefined && now.unit !== target.unit) c.fail(['options', 'rows', i, 'current'], `${now.id} (${now.unit}) against ${target.id} (${target.unit})`, 'a current value in the unit of its target', 'Compare a figure only with a target for the same measure.');
    }
  });
  entry.claims.forEach((id, i) => {
    if (!used.has(id)) c.fail(['claims', i], id, 'a claim used in "options.rows" as a target or current value', 'Add a row for it, or remove it from "claims".');
  });
}
