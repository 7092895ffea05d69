/**
 * Where a catalogue entry (data/graphics.json) becomes a chart, through its type in src/charts/registry.ts.
 * Stable API, used by src/components/Graphic.astro and the embeds (/embed/<id>/, PNG images):
 *
 *   renderGraphic(entry, datasets, { width?: 640, today?: <UTC date>, idPrefix?: "g" }) → RenderedGraphic
 *     svg          the chart, an SVG string: viewBox-sized (width="100%", no fixed height), role="img" (a
 *                  labelled group for timelines, whose rows are focusable), colours as var(--token)
 *     width/height the viewBox size, as the chart's render function returns it (for iframe sizing)
 *     and everything of graphicData below.
 *
 *   graphicData(entry, datasets, { today? }) → GraphicData: the same without drawing, for the data build's
 *     "Get the data" CSV/JSON (scripts/datasets/graphics.ts draws nothing):
 *     title, caption, chapter, type, id   from the catalogue
 *     description  every figure shown, in words (the SVG's <desc>)
 *     table        exactly what the chart shows: columns (fileOnly ones only in the files) and rows
 *     sentences    the quoted sentences as { id, href: "/speech/#p4s2", label }
 *     counted      a sentence naming the figures we counted rather than read in the speech, or null
 *     files        { csv: "/generated/data/<id>.csv", json: "/generated/data/<id>.json" }
 *
 * Entries of type "map" are drawn by the maps code, not here: both throw for them.
 * Missing claim/instruction ids throw too; `npm run data` reports them first, with suggestions.
 */
import { chartType, type ChartEntry, type ChartTypeName, type GraphicEntry } from '../charts/registry.ts';
import type { ChartModel } from '../charts/common/chart-type.ts';
import { sentenceRefs } from '../charts/model/sentences.ts';
import { claimsOf } from '../charts/model/lookup.ts';
import { countedNote } from '../data/basis.ts';
import type { DataTable, GraphicDatasets, SentenceRef } from '../charts/model/types.ts';

export type { DataTable, GraphicDatasets, SentenceRef } from '../charts/model/types.ts';

export interface RenderOptions {
  /** viewBox width in px: text is laid out for it. Default 640; 360 suits phones. */
  width?: number;
  /** Build date YYYY-MM-DD: timeline deadlines before it are drawn as passed. Default today (UTC). */
  today?: string;
  /** Prefix of ids inside the SVG, to keep two renderings on one page apart. Default "g". */
  idPrefix?: string;
}

export interface GraphicData {
  id: string;
  type: ChartTypeName;
  title: string;
  caption: string;
  chapter: string;
  description: string;
  table: DataTable;
  sentences: SentenceRef[];
  /** Which of its figures we counted rather than read in the speech (null when all are stated). */
  counted: string | null;
  files: { csv: string; json: string };
}

export interface RenderedGraphic extends GraphicData {
  svg: string;
  width: number;
  height: number;
}

/** Public paths of a graphic's data files. */
export const dataFiles = (id: string): { csv: string; json: string } => ({ csv: `/generated/data/${id}.csv`, json: `/generated/data/${id}.json` });

function chartEntry(entry: GraphicEntry): ChartEntry {
  if (entry.type === 'map') throw new Error(`Graphic "${entry.id}" is a map (map "${entry.map ?? ''}"): draw it with the maps code, not renderGraphic.`);
  return entry;
}

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

function modelOf(entry: ChartEntry, datasets: GraphicDatasets, today: string): ChartModel<unknown, object> {
  return chartType(entry.type).spec(entry, datasets, { today });
}

function dataOf(entry: ChartEntry, datasets: GraphicDatasets, model: ChartModel<unknown, object>): GraphicData {
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title,
    caption: entry.caption,
    chapter: entry.chapter,
    description: model.description,
    table: model.table,
    sentences: sentenceRefs(model.sentences),
    counted: countedNote(claimsOf(entry, datasets)),
    files: dataFiles(entry.id),
  };
}

/** One entry as data, table and text, without drawing it. */
export function graphicData(entry: GraphicEntry, datasets: GraphicDatasets, options: Pick<RenderOptions, 'today'> = {}): GraphicData {
  const chart = chartEntry(entry);
  return dataOf(chart, datasets, modelOf(chart, datasets, options.today ?? todayUtc()));
}

/** Draws one catalogue entry at `width`. */
export function renderGraphic(entry: GraphicEntry, datasets: GraphicDatasets, options: RenderOptions = {}): RenderedGraphic {
  const chart = chartEntry(entry);
  const width = options.width ?? 640;
  const model = modelOf(chart, datasets, options.today ?? todayUtc());
  const id = `${options.idPrefix ?? 'g'}-${chart.id}-${width}`;
  const drawn = chartType(chart.type).render(model.data, { ...model.options, id, width, title: chart.title, description: model.description });
  return { ...dataOf(chart, datasets, model), svg: drawn.svg, width: drawn.width, height: drawn.height };
}
