// What every per-type spec returns: the chart as data, its table, its text alternative, its sentences.
import type { ChartSpec } from '../../charts/index.ts';
import type { DataTable } from '../types.ts';

export interface Spec {
  chart: ChartSpec;
  table: DataTable;
  /** The chart's <desc>: every figure it shows, in words. */
  description: string;
  /** Sentence id lists of every claim or instruction shown, in order. */
  sentences: string[][];
}

export interface SpecContext {
  /** Unique id prefix for elements inside the SVG. */
  svgId: string;
  width: number;
  /** Build date YYYY-MM-DD, for deadlines passed. */
  today: string;
}
