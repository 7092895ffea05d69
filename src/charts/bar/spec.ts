// Bars of claims that share one unit, or of instructions counted by topic (one unit: instructions).
import type { BarEntry } from './options.ts';
import type { BarDatum, BarOptions } from './render.ts';
import { formatNumber } from '../../core/format.ts';
import { claimsOf, instructionsOf } from '../model/lookup.ts';
import { claimFigure, claimTable, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

type Model = ChartModel<BarDatum[], BarOptions>;

const count = (n: number): string => `${formatNumber(n)} ${n === 1 ? 'instruction' : 'instructions'}`;

function byTopic(entry: BarEntry, datasets: GraphicDatasets): Model {
  const instructions = instructionsOf(entry, datasets);
  const highlight = entry.options.highlight;
  const rows = [...datasets.topics].sort((a, b) => a.order - b.order).map((t) => {
    const of = instructions.filter((i) => i.topic === t.id);
    const label = `${entry.options.labels?.[t.id] ?? t.title}${t.id === highlight ? ' (this chapter)' : ''}`;
    return { topic: t, of, label };
  });
  return {
    data: rows.map(({ topic, of, label }) => ({ key: topic.id, label, value: of.length, ...(topic.id === highlight ? { colour: 'c-orange' } : {}) })),
    options: {},
    table: {
      columns: [
        { key: 'label', label: 'Topic' },
        { key: 'figure', label: 'Instructions and commitments', numeric: true },
        { key: 'topic_id', label: 'Topic id', fileOnly: true },
        { key: 'value', label: 'Count', numeric: true, fileOnly: true },
        { key: 'instruction_ids', label: 'Instruction ids', fileOnly: true },
      ],
      rows: rows.map(({ topic, of, label }) => ({ label, figure: count(of.length), topic_id: topic.id, value: of.length, instruction_ids: of.map((i) => i.id).join(' ') })),
    },
    description: `Bar chart of instructions and commitments by topic. ${rows.map(({ of, label }) => `${label}: ${count(of.length)}`).join('; ')}.`,
    sentences: instructions.map((i) => i.sentences),
  };
}

export function barSpec(entry: BarEntry, datasets: GraphicDatasets): Model {
  if (entry.instructions !== undefined) return byTopic(entry, datasets);
  const claims = claimsOf(entry, datasets);
  const units = new Set(claims.map((c) => c.unit));
  if (units.size > 1) throw new Error(`Graphic "${entry.id}": a bar chart compares one unit, but its claims mix ${[...units].join(', ')}.`);
  const rows = claims.map((claim) => ({ claim, label: entry.options.labels?.[claim.id] ?? sentenceCase(claim.measure) }));
  return {
    data: rows.map(({ claim, label }) => ({ key: claim.id, label, value: claim.value, valueLabel: claimFigure(claim) })),
    // Shares are drawn out of 100, so 90% looks like nine tenths and not like "the most".
    options: { ...(units.has('percent') ? { max: 100 } : {}) },
    table: claimTable(rows),
    description: `Bar chart. ${rows.map(({ claim, label }) => `${label}: ${claimFigure(claim)}`).join('; ')}.`,
    sentences: claims.map((c) => c.sentences),
  };
}
