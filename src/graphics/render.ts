/**
 * The one place a catalogue entry (data/graphics.json) becomes a drawn graphic. Stable API, used by
 * src/components/Graphic.astro, by the embeds (/embed/<id>/, PNG images) and by the graphics builder
 * (scripts/datasets/graphics.ts, for the "Get the data" CSV/JSON):
 *
 *   renderGraphic(entry, datasets, { width?: 640, today?: <UTC date>, idPrefix?: "g" }) → RenderedGraphic
 *     svg          the chart, an SVG string: viewBox-sized (width="100%", no fixed height), role="img" (a
 *                  labelled group for timelines, whose rows are focusable), colours as var(--token)
 *     width/height the viewBox size; height is the height at `width`, for iframe sizing
 *     title, caption, chapter, type, id   from the catalogue
 *     description  every figure shown, in words (the SVG's <desc>)
 *     table        exactly what the chart shows: columns (fileOnly ones only in the files) and rows
 *     sentences    the quoted sentences as { id, href: "/speech/#p4s2", label }
 *     counted      a sentence naming the figures we counted rather than read in the speech, or null
 *     files        { csv: "/generated/data/<id>.csv", json: "/generated/data/<id>.json" }
 *
 * Entries of type "map" are drawn by the maps code, not here: renderGraphic throws for them.
 * Missing claim/instruction ids throw too; `npm run data` reports them first, with suggestions.
 */
import { renderChart } from '../charts/index.ts';
import type { GraphicEntry } from '../schemas/graphic.ts';
import { sentenceRefs } from './sentences.ts';
import { claimsOf } from './lookup.ts';
import { countedNote } from '../data/basis.ts';
import { barSpec } from './specs/bar.ts';
import { bigNumberSpec } from './specs/big-number.ts';
import { currentVsTargetSpec } from './specs/current-vs-target.ts';
import { partOfWholeSpec } from './specs/part-of-whole.ts';
import type { Spec, SpecContext } from './specs/spec.ts';
import { timelineSpec } from './specs/timeline.ts';
import { unitsSpec } from './specs/units.ts';
import type { DataTable, GraphicDatasets, SentenceRef } from './types.ts';

export type { DataTable, GraphicDatasets, SentenceRef } from './types.ts';

export interface RenderOptions {
  /** viewBox width in px: text is laid out for it. Default 640; 360 suits phones. */
  width?: number;
  /** Build date YYYY-MM-DD: timeline deadlines before it are drawn as passed. Default today (UTC). */
  today?: string;
  /** Prefix of ids inside the SVG, to keep two renderings on one page apart. Default "g". */
  idPrefix?: string;
}

export interface RenderedGraphic {
  id: string;
  type: Exclude<GraphicEntry['type'], 'map'>;
  title: string;
  caption: string;
  chapter: string;
  svg: string;
  width: number;
  height: number;
  description: string;
  table: DataTable;
  sentences: SentenceRef[];
  /** Which of its figures we counted rather than read in the speech (null when all are stated). */
  counted: string | null;
  files: { csv: string; json: string };
}

/** Public paths of a graphic's data files. */
export const dataFiles = (id: string): { csv: string; json: string } => ({ csv: `/generated/data/${id}.csv`, json: `/generated/data/${id}.json` });

/** The chart, table and text of one non-map entry; `renderChart` is pure, so this is too. */
export function graphicSpec(entry: GraphicEntry, datasets: GraphicDatasets, ctx: SpecContext): Spec {
  switch (entry.type) {
    case 'bar': return barSpec(entry, datasets, ctx);
    case 'part-of-whole': return partOfWholeSpec(entry, datasets, ctx);
    case 'current-vs-target': return currentVsTargetSpec(entry, datasets, ctx);
    case 'units': return unitsSpec(entry, datasets, ctx);
    case 'timeline': return timelineSpec(entry, datasets, ctx);
    case 'big-number': return bigNumberSpec(entry, datasets, ctx);
    case 'map': throw new Error(`Graphic "${entry.id}" is a map (map "${entry.map ?? ''}"): draw it with the maps code, not renderGraphic.`);
  }
}

/** Draws one catalogue entry at `width`. */
export function renderGraphic(entry: GraphicEntry, datasets: GraphicDatasets, options: RenderOptions = {}): RenderedGraphic {
  const width = options.width ?? 640;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const svgId = `${options.idPrefix ?? 'g'}-${entry.id}-${width}`;
  const spec = graphicSpec(entry, datasets, { svgId, width, today });
  const chart = { ...spec.chart, options: { ...spec.chart.options, description: spec.description } } as typeof spec.chart;
  const svg = renderChart(chart);
  const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1] ?? 0);
  if (entry.type === 'map') throw new Error('unreachable: maps are rejected by graphicSpec');
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    caption: entry.caption,
    chapter: entry.chapter,
    svg,
    width,
    height,
    description: spec.description,
    table: spec.table,
    sentences: sentenceRefs(spec.sentences),
    counted: countedNote(claimsOf(entry, datasets)),
    files: dataFiles(entry.id),
  };
}
