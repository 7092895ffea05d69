// Shares as rows on one percent scale: every claim but the targets is a row; a target is a tick on its share's row.
import type { SharesEntry } from './options.ts';
import type { ShareDatum, SharesOptions } from './render.ts';
import { formatNumber } from '../../core/format.ts';
import { claimById, claimsOf } from '../model/lookup.ts';
import { claimTable, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

type Model = ChartModel<ShareDatum[], SharesOptions>;

export function sharesSpec(entry: SharesEntry, datasets: GraphicDatasets): Model {
  const claims = claimsOf(entry, datasets);
  const targets = entry.options.targets ?? [];
  const targetIds = new Set(targets.map((t) => t.target));
  const label = (id: string, measure: string): string => entry.options.labels?.[id] ?? sentenceCase(measure);
  const data: ShareDatum[] = claims.filter((c) => !targetIds.has(c.id)).map((c) => {
    const t = targets.find((x) => x.share === c.id);
    const target = t === undefined ? undefined : { value: claimById(datasets, t.target, entry.id).value, label: t.label };
    return { key: c.id, label: label(c.id, c.measure), value: c.value, ...(target ? { target } : {}) };
  });
  return {
    data,
    options: { highlight: entry.options.highlight },
    table: claimTable(claims.map((claim) => ({ claim, label: label(claim.id, claim.measure) }))),
    description: `Shares on one scale from 0 to 100%. ${data.map((d) => `${formatNumber(d.value)}% ${d.label}${d.target ? ` (target ${formatNumber(d.target.value)}% ${d.target.label})` : ''}`).join('; ')}.`,
    sentences: claims.map((c) => c.sentences),
  };
}
