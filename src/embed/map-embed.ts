// Everything /embed/<map id>/ shows for a map: the figure is the maps engineer's MapFigure (static SVG,
// live MapLibre where WebGL2 exists); here are its title, data table, files and build-time height.
import { measureText, wrapText } from '../core/svg-text.ts';
import { sentenceRefs } from '../charts/model/sentences.ts';
import type { DataTable } from '../charts/model/types.ts';
import { formatFigure } from '../core/format.ts';
import { countedNote, withBasisMark } from '../data/basis.ts';
import type { FeatureEntry, MapFeatures } from '../maps/model/features.ts';
import type { Legend } from '../maps/model/legend.ts';
import type { Source } from '../schemas/source.ts';
import type { Topic } from '../schemas/topic.ts';
import { fitHeight } from './embed-code.ts';
import { EMBED_LAYOUT, WRAP_SAFETY } from './height.ts';
import { chapterLink, footerLines, footerSentences, type MapEmbed } from './model.ts';
import { sourceLine } from '../core/source-line.ts';

export interface MapEmbedInput {
  mapId: string;
  title: string;
  caption: string;
  /** Width and height of the static map's viewBox (src/maps/static/static-map.ts mapHeight). */
  frame: { width: number; height: number };
  staticSvg: string;
  features: MapFeatures;
  legend: Legend;
  credits: string[];
  topic: Topic;
  /** The map is on the chapter's page, so the link can point at it. */
  anchored: boolean;
  source: Source;
}

const TABLE_COLUMNS: DataTable['columns'] = [
  { key: 'feature', label: 'Feature' },
  { key: 'kind', label: 'Kind' },
  { key: 'detail', label: 'What it is' },
  { key: 'note', label: 'Note' },
  { key: 'figures', label: 'Figures the speech gives' },
  { key: 'instructions', label: 'Instructions and commitments' },
  { key: 'sentences', label: 'Sentences quoted', fileOnly: true },
];

const joinList = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join('; '));

function entrySentences(e: FeatureEntry): string[] {
  return [...(e.quote?.sentences ?? []), ...e.claims.flatMap((c) => c.sentences), ...e.instructions.flatMap((i) => i.sentences)];
}

/** Exactly what the map shows, one row per feature (and one for region-wide instructions). */
export function mapTable(features: MapFeatures): DataTable {
  const rows: DataTable['rows'] = features.entries.map((e) => ({
    feature: e.name,
    kind: e.kind,
    detail: e.detail,
    note: e.note,
    figures: joinList(e.claims.map((c) => withBasisMark(formatFigure(c), c))),
    instructions: joinList(e.instructions.map((i) => (i.deadlineSaid ? `${i.action} (${i.deadlineSaid})` : i.action))),
    sentences: joinList(sentenceRefs([entrySentences(e)]).map((s) => s.href)),
  }));
  if (features.regionWide.length > 0) {
    rows.push({
      feature: 'Region-wide',
      kind: 'region',
      detail: 'Instructions that name no district or place',
      note: null,
      figures: null,
      instructions: joinList(features.regionWide.map((i) => i.action)),
      sentences: joinList(sentenceRefs(features.regionWide.map((i) => i.sentences)).map((s) => s.href)),
    });
  }
  return { columns: TABLE_COLUMNS, rows };
}

/** Sizes from src/maps/maps.css at the embed's 1.45 line height, in px. */
const MAP_LAYOUT = { gap: 9.6, itemGap: 20, swatch: 28 + 6.4, rowGap: 4, line: 20.3, noteGap: 6.4, sourceGap: 8, sourceSize: 12.8, sourceLine: 18.56, summaryLine: 20.88 } as const;

/** Rows of wrapped legend items (swatch, label, gap) in `width` px. */
function legendRows(labels: readonly string[], width: number): number {
  let rows = labels.length > 0 ? 1 : 0;
  let used = 0;
  for (const label of labels) {
    const w = MAP_LAYOUT.swatch + measureText(label, EMBED_LAYOUT.smallSize);
    if (used > 0 && used + MAP_LAYOUT.itemGap + w > width) {
      rows += 1;
      used = w;
    } else used += (used > 0 ? MAP_LAYOUT.itemGap : 0) + w;
  }
  return rows;
}

/** Height of the map embed page in an iframe `frameWidth` px wide (mirrors embed.css and maps.css). */
export function mapEmbedHeight(model: Pick<MapEmbed, 'title' | 'caption' | 'source' | 'sentences' | 'chapter' | 'credits'> & { frame: MapEmbedInput['frame']; features: MapFeatures; legend: Legend }, frameWidth: number): number {
  const L = EMBED_LAYOUT;
  const M = MAP_LAYOUT;
  const inner = frameWidth - 2 * L.padding;
  const text = inner * WRAP_SAFETY.regular;
  const lines = (t: string, size: number) => (t.trim() === '' ? 0 : wrapText(t, text, size).lines.length);
  let h = 2 * L.padding;
  h += wrapText(model.title, inner * WRAP_SAFETY.bold, L.titleSize, Infinity, true).lines.length * L.titleLine + L.titleGap;
  if (model.caption.trim() !== '') h += lines(model.caption, L.smallSize) * L.smallLine;
  h += L.gap + (model.frame.height * inner) / model.frame.width + 2;
  h += M.gap + legendRows(model.legend.items.map((i) => i.label), inner) * (M.line + M.rowGap) - M.rowGap;
  if (model.legend.notes.length > 0) h += M.noteGap + model.legend.notes.reduce((sum, n) => sum + lines(n, L.smallSize) * M.line + 3.2, 0);
  if (model.features.entries.length > 0) h += M.gap + lines(`On this map: ${model.features.entries.map((e) => e.name).join(' · ')}`, L.smallSize) * M.line;
  h += M.gap + M.summaryLine;
  h += M.sourceGap + lines(`Map data: ${model.credits.join('; ')}. Places without a sourced coordinate are not drawn.`, M.sourceSize) * M.sourceLine;
  h += L.gap;
  footerLines(model).forEach((line, i) => {
    h += (i > 0 ? L.footGap : 0) + lines(line, L.footSize) * L.footLine;
  });
  return Math.ceil(h);
}

export function mapEmbed(input: MapEmbedInput): MapEmbed {
  const table = mapTable(input.features);
  const allSentences = sentenceRefs([...input.features.entries.map(entrySentences), ...input.features.regionWide.map((i) => i.sentences)]);
  const model: Omit<MapEmbed, 'height'> = {
    kind: 'map',
    type: 'map',
    id: input.mapId,
    mapId: input.mapId,
    title: input.title,
    caption: input.caption,
    description: `Map. ${input.caption} ${input.features.entries.map((e) => `${e.name}: ${e.detail}.`).join(' ')}`.trim(),
    chapter: chapterLink(input.topic, input.anchored ? `map-${input.mapId}` : null),
    table,
    source: sourceLine(input.source),
    sentences: footerSentences(allSentences),
    counted: countedNote(input.features.entries.flatMap((e) => e.claims)),
    files: { csv: `/embed/${input.mapId}/data.csv`, json: `/embed/${input.mapId}/data.json` },
    graphic: input.staticSvg,
    credits: input.credits,
  };
  return { ...model, height: fitHeight((width) => mapEmbedHeight({ ...model, frame: input.frame, features: input.features, legend: input.legend }, width)) };
}
