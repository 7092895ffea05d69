// The chart types, in one list: the graphic schema (data/graphics.json), the data build's checks and the
// renderer all iterate it. A new type is a folder src/charts/<type>/ (see bar/) and one line here.
import type { z } from 'zod';
import { graphicSchema, type ChartEntryOf, type MapGraphicEntry } from '../schemas/graphic.ts';
import { barChart } from './bar/index.ts';
import { bigNumberChart } from './big-number/index.ts';
import type { ChartType } from './common/chart-type.ts';
import { currentVsTargetChart } from './current-vs-target/index.ts';
import { partOfWholeChart } from './part-of-whole/index.ts';
import { sharesChart } from './shares/index.ts';
import type { CommonOptions } from './common/svg.ts';
import { timelineChart } from './timeline/index.ts';
import { unitsChart } from './units/index.ts';

/** In the order error messages list them. */
export const chartTypes = [barChart, partOfWholeChart, sharesChart, currentVsTargetChart, unitsChart, timelineChart, bigNumberChart] as const;

type Listed = (typeof chartTypes)[number];
export type ChartTypeName = Listed['type'];
/** A catalogue entry of a chart type, with that type's options. */
export type ChartEntry = { [C in Listed as C['type']]: ChartEntryOf<C['type'], z.output<C['options']>> }[ChartTypeName];
/** Any entry of data/graphics.json. */
export type GraphicEntry = ChartEntry | MapGraphicEntry;

/** A chart type with its specific types erased, for code that handles every type alike. */
export type AnyChartType = ChartType<string, z.ZodType, any, CommonOptions>;

const byType = new Map<string, AnyChartType>(chartTypes.map((c) => [c.type, c as unknown as AnyChartType]));

/** The type names, in registry order. */
export const CHART_TYPES: readonly ChartTypeName[] = chartTypes.map((c) => c.type);

/** The chart type of an entry, or an error listing those that exist. */
export function chartType(type: string): AnyChartType {
  const found = byType.get(type);
  if (found === undefined) throw new Error(`Unknown chart type "${type}". Use one of: ${CHART_TYPES.join(', ')} (src/charts/registry.ts).`);
  return found;
}

/** The schema of one entry of data/graphics.json: common fields, then the options of the entry's type. */
export const graphic = graphicSchema(CHART_TYPES, (type) => chartType(type).options) as unknown as z.ZodType<GraphicEntry>;
