// What a chart type is: each folder src/charts/<type>/ exports one `ChartType`, and src/charts/registry.ts
// lists them. The graphic schema, the data build's checks and the site's renderer all go through that list.
import { z } from 'zod';
import type { Claim } from '../../schemas/claim.ts';
import { id, text } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import type { DataTable, GraphicDatasets } from '../model/types.ts';
import type { CommonOptions, Rendered } from './svg.ts';

/** Short labels by claim id, replacing the claim's `measure` in the chart (an option several types share). */
export const claimLabels = z.record(id(), text()).optional();

/** A JSON path inside one catalogue entry, e.g. ["options", "rows", 0, "target"]. */
export type EntryPath = ReadonlyArray<string | number>;

export interface SpecContext {
  /** Build date YYYY-MM-DD, for deadlines passed. */
  today: string;
}

/** A chart as data: what to draw and all that is said about it, no SVG. The data build writes the files from it. */
export interface ChartModel<Datum, Draw> {
  data: Datum;
  /** Drawing options of this type (layout, end of scale…); id, width, title and description are set by the renderer. */
  options: Partial<Draw>;
  table: DataTable;
  /** The chart's <desc>: every figure it shows, in words. */
  description: string;
  /** Sentence id lists of every claim or instruction shown, in order. */
  sentences: string[][];
}

/** What a type's data checks may ask and report; the data build turns reports into located problems. */
export interface CheckContext {
  /** The claim of that id, or undefined when it does not exist (already reported) or claims failed to build. */
  claim(id: string): Claim | undefined;
  /** The distinct units of the entry's claims. */
  units: readonly string[];
  fail(path: EntryPath, received: string, expected: string, hint?: string): void;
  /** `id` must be a claim id that is also in the entry's "claims" (so its quote is linked). */
  listedClaim(path: EntryPath, id: string): void;
  /** `id` must be a topic (chapter) id. */
  topic(path: EntryPath, id: string): void;
  /** The entry's claims must share one unit; `why` says what the chart compares. */
  oneUnit(why: string): void;
}

export interface ChartType<T extends string, Schema extends z.ZodType, Datum, Draw extends CommonOptions> {
  type: T;
  /** Schema of the entry's `options` in data/graphics.json (strict: unknown keys are mistakes). */
  options: Schema;
  /** Entries of this type may list "instructions" (otherwise the data build says to remove them). */
  usesInstructions: boolean;
  /** Type-specific checks of a schema-valid entry against the datasets. */
  check(entry: ChartEntryOf<T, z.output<Schema>>, c: CheckContext): void;
  /** The entry as chart data, table and text; pure, and throws only on ids the checks report first. */
  spec(entry: ChartEntryOf<T, z.output<Schema>>, datasets: GraphicDatasets, ctx: SpecContext): ChartModel<Datum, Draw>;
  /** The pure drawing: SVG string and viewBox size. */
  render(data: Datum, options: Partial<Draw>): Rendered;
  /** Data and drawing options with `text` in every text it prints: the registry tests draw every type with hostile text. */
  sample(text: string): { data: Datum; options: Partial<Draw> };
}

/** Declares a chart type with its types inferred, so a folder's index.ts is one object. */
export const defineChart = <T extends string, Schema extends z.ZodType, Datum, Draw extends CommonOptions>(chart: ChartType<T, Schema, Datum, Draw>): ChartType<T, Schema, Datum, Draw> => chart;
