// Countable claims as squares: blocks that add up, or nested claims (each inside the next) as one grid.
import type { UnitsEntry } from './options.ts';
import type { UnitGroup, UnitsOptions } from './render.ts';
import { formatNumber, formatValue } from '../../core/format.ts';
import { claimsOf } from '../model/lookup.ts';
import { claimColumns, claimRow, claimTable, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

type Model = ChartModel<UnitGroup[], UnitsOptions>;

export function unitsSpec(entry: UnitsEntry, datasets: GraphicDatasets): Model {
  const claims = claimsOf(entry, datasets);
  const { labels, styles, layout = 'blocks' } = entry.options;
  const label = (id: string, measure: string): string => labels?.[id] ?? sentenceCase(measure);
  const unitSet = new Set(claims.map((c) => c.unit));
  const unitName = unitSet.size === 1 ? [...unitSet][0] ?? 'units' : 'units';
  const options = { unitName };

  if (layout === 'blocks') {
    const data: UnitGroup[] = claims.map((c) => ({ key: c.id, label: label(c.id, c.measure), count: c.value, style: styles?.[c.id] ?? 'filled' }));
    return {
      data,
      options: { ...options, layout: 'blocks' },
      table: claimTable(claims.map((claim) => ({ claim, label: label(claim.id, claim.measure) }))),
      description: `Squares, one per unit. ${data.map((d) => `${formatNumber(d.count)} ${d.label}`).join('; ')}.`,
      sentences: claims.map((c) => c.sentences),
    };
  }

  // Nested: each claim contains the one before, so each group is the difference (4 factories − 2 in Zhetysu = 2 elsewhere).
  if (unitSet.size > 1) throw new Error(`Graphic "${entry.id}": nested squares need one unit, but its claims mix ${[...unitSet].join(', ')}.`);
  const last = claims.length - 1;
  const groups = claims.map((c, i) => {
    const before = i === 0 ? undefined : claims[i - 1];
    const count = c.value - (before?.value ?? 0);
    if (count < 0) throw new Error(`Graphic "${entry.id}": nested claims go from the smallest to the whole, but "${c.id}" (${c.value}) is smaller than "${before?.id ?? ''}" (${before?.value ?? 0}).`);
    const style = styles?.[c.id] ?? (i === last && last > 0 ? 'outline' : 'filled');
    const colour = i === last && last > 0 ? 'c-neutral' : i === 0 && last > 1 ? 'c-orange' : 'c-blue';
    const derivation = before === undefined ? 'as stated' : `${formatNumber(c.value)} (${c.id}) − ${formatNumber(before.value)} (${before.id})`;
    return { claim: c, count, derivation, group: { key: c.id, label: label(c.id, c.measure), count, style, colour } satisfies UnitGroup };
  });
  const [first, second, ...rest] = claimColumns;
  return {
    data: groups.map((g) => g.group),
    options: { ...options, layout: 'row' },
    table: {
      columns: [...(first === undefined ? [] : [first]), ...(second === undefined ? [] : [second]), { key: 'derivation', label: 'How counted' }, ...rest,
        { key: 'claim_value', label: 'Value of the claim', numeric: true, fileOnly: true }],
      rows: groups.map(({ claim, count, derivation, group }) =>
        claimRow(claim, group.label, { figure: formatValue({ value: count, unit: claim.unit, qualifier: 'exact' }), value: count, derivation, claim_value: claim.value })),
    },
    description: `Squares, one per ${unitName === 'units' ? 'unit' : formatValue({ value: 1, unit: unitName, qualifier: 'exact' }).replace(/^1 /, '')}. ${groups.map((g) => `${formatNumber(g.count)} ${g.group.label}`).join('; ')}.`,
    sentences: claims.map((c) => c.sentences),
  };
}
