// Shares as progress bars: percentages of 100, or claims out of a `total` claim.
import type { PartOfWholeEntry } from './options.ts';
import type { PartDatum, PartOfWholeOptions } from './render.ts';
import { formatNumber } from '../../core/format.ts';
import { claimById, claimsOf } from '../model/lookup.ts';
import { claimTable, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

type Model = ChartModel<PartDatum[], PartOfWholeOptions>;

export function partOfWholeSpec(entry: PartOfWholeEntry, datasets: GraphicDatasets): Model {
  const claims = claimsOf(entry, datasets);
  const totalId = entry.options.total;
  const total = totalId === undefined ? undefined : claimById(datasets, totalId, entry.id);
  const parts = claims.filter((c) => c.id !== totalId);
  const label = (id: string, measure: string): string => entry.options.labels?.[id] ?? sentenceCase(measure);
  const data = parts.map((c) => {
    if (total === undefined && c.unit !== 'percent') throw new Error(`Graphic "${entry.id}": claim "${c.id}" is in ${c.unit}, not percent; give options.total (the claim that is the whole).`);
    return total === undefined
      ? { key: c.id, label: label(c.id, c.measure), value: c.value }
      : { key: c.id, label: label(c.id, c.measure), value: c.value, total: total.value, valueLabel: `${formatNumber(c.value)} of ${formatNumber(total.value)}` };
  });
  const shown = [...parts, ...(total === undefined ? [] : [total])];
  return {
    data,
    options: {},
    table: claimTable(shown.map((claim) => ({ claim, label: label(claim.id, claim.measure) }))),
    description: `Part-of-whole chart. ${data.map((d) => `${d.valueLabel ?? `${formatNumber(d.value)}%`} ${d.label}`).join('; ')}.`,
    sentences: shown.map((c) => c.sentences),
  };
}
