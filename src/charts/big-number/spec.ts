// Claims as big-number cards, one under another, each with its quote.
import type { BigNumberEntry } from './options.ts';
import type { BigNumberDatum, BigNumberOptions } from './render.ts';
import { claimsOf } from '../model/lookup.ts';
import { claimFigure, claimTable, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

type Model = ChartModel<BigNumberDatum[], BigNumberOptions>;

export function bigNumberSpec(entry: BigNumberEntry, datasets: GraphicDatasets): Model {
  const claims = claimsOf(entry, datasets);
  if (claims.length === 0) throw new Error(`Graphic "${entry.id}": a big number needs at least one claim.`);
  const rows = claims.map((claim) => ({ claim, label: entry.options.labels?.[claim.id] ?? sentenceCase(claim.measure) }));
  return {
    data: rows.map(({ claim, label }) => ({ key: claim.id, value: claim.value, valueLabel: claimFigure(claim), measure: label, quote: claim.quote })),
    options: {},
    table: claimTable(rows),
    description: rows.map(({ claim, label }) => `${claimFigure(claim)}: ${label}. The speech: “${claim.quote}”`).join(' '),
    sentences: claims.map((c) => c.sentences),
  };
}
