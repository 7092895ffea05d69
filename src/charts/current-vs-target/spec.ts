// Today's value against the target, one scale per row; a missing current value is said, never guessed.
import type { CurrentVsTargetEntry } from './options.ts';
import type { TargetDatum, CurrentVsTargetOptions } from './render.ts';
import type { Claim } from '../../schemas/claim.ts';
import { formatValue } from '../../core/format.ts';
import { claimById } from '../model/lookup.ts';
import { claimColumns, claimRow, sentenceCase } from '../model/claim-table.ts';
import type { GraphicDatasets } from '../model/types.ts';
import type { ChartModel } from '../common/chart-type.ts';

const fmt = (c: Claim): string => formatValue(c);

type Model = ChartModel<TargetDatum[], CurrentVsTargetOptions>;

export function currentVsTargetSpec(entry: CurrentVsTargetEntry, datasets: GraphicDatasets): Model {
  const rows = entry.options.rows.map((row) => {
    const target = claimById(datasets, row.target, entry.id);
    const current = row.current === undefined ? undefined : claimById(datasets, row.current, entry.id);
    if (current !== undefined && current.unit !== target.unit) {
      throw new Error(`Graphic "${entry.id}": current "${current.id}" is in ${current.unit} but target "${target.id}" in ${target.unit}; a row compares one unit.`);
    }
    return { target, current, label: row.label ?? sentenceCase(target.measure) };
  });
  const data = rows.map(({ target, current, label }) => ({
    key: target.id,
    label,
    target: target.value,
    targetLabel: `Target: ${fmt(target)}${target.targetYear === null ? '' : ` by ${target.targetYear}`}`,
    ...(current === undefined ? {} : { current: current.value, currentLabel: `${fmt(current)}${current.asOf === null ? '' : ` in ${current.asOf}`}` }),
    ...(target.unit === 'percent' ? { max: 100 } : {}),
  }));
  const tableRows = rows.flatMap(({ target, current, label }) => [
    ...(current === undefined ? [] : [claimRow(current, label, { role: 'now' })]),
    claimRow(target, label, { role: 'target' }),
  ]);
  const [first, ...rest] = claimColumns;
  return {
    data,
    options: {},
    table: { columns: [...(first === undefined ? [] : [first]), { key: 'role', label: 'Now or target' }, ...rest], rows: tableRows },
    description: `Current value against target. ${data.map((d) => `${d.label}: ${d.currentLabel ?? 'current level not given in the speech'}; ${d.targetLabel}`).join('. ')}.`,
    sentences: rows.flatMap(({ target, current }) => [...(current === undefined ? [] : [current.sentences]), target.sentences]),
  };
}
