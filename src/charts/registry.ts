// The chart modules, and one dispatcher so callers can hold a chart as data: { type, data, options }.
import { bar, type BarDatum, type BarOptions } from './bar.ts';
import { bigNumber, type BigNumberDatum, type BigNumberOptions } from './big-number.ts';
import { currentVsTarget, type CurrentVsTargetOptions, type TargetDatum } from './current-vs-target.ts';
import { partOfWhole, type PartDatum, type PartOfWholeOptions } from './part-of-whole.ts';
import { timeline, type TimelineItem, type TimelineOptions } from './timeline.ts';
import { units, type UnitGroup, type UnitsOptions } from './units.ts';

export { bar, bigNumber, currentVsTarget, partOfWhole, timeline, units };
export type { BarDatum, BigNumberDatum, PartDatum, TargetDatum, TimelineItem, UnitGroup };

export type ChartSpec =
  | { type: 'bar'; data: readonly BarDatum[]; options: Partial<BarOptions> }
  | { type: 'part-of-whole'; data: readonly PartDatum[]; options: Partial<PartOfWholeOptions> }
  | { type: 'current-vs-target'; data: readonly TargetDatum[]; options: Partial<CurrentVsTargetOptions> }
  | { type: 'units'; data: readonly UnitGroup[]; options: Partial<UnitsOptions> }
  | { type: 'timeline'; data: readonly TimelineItem[]; options: Partial<TimelineOptions> }
  | { type: 'big-number'; data: BigNumberDatum | readonly BigNumberDatum[] | undefined; options: Partial<BigNumberOptions> };

export type ChartType = ChartSpec['type'];

/** The SVG string of a chart held as data. */
export function renderChart(spec: ChartSpec): string {
  switch (spec.type) {
    case 'bar': return bar(spec.data, spec.options);
    case 'part-of-whole': return partOfWhole(spec.data, spec.options);
    case 'current-vs-target': return currentVsTarget(spec.data, spec.options);
    case 'units': return units(spec.data, spec.options);
    case 'timeline': return timeline(spec.data, spec.options);
    case 'big-number': return bigNumber(spec.data, spec.options);
  }
}
