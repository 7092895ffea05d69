// Everything /embed/<id>/ shows for a chart, computed once at build: the chart drawn for wide and
// narrow frames, its table, source, data files, chapter link and the iframe height at a 640 px column.
import { formatDate } from '../charts/format.ts';
import { renderGraphic } from '../graphics/render.ts';
import type { DataTable, GraphicDatasets, SentenceRef } from '../graphics/types.ts';
import type { GraphicEntry } from '../schemas/graphic.ts';
import type { Source } from '../schemas/source.ts';
import type { Topic } from '../schemas/topic.ts';
import { REFERENCE_WIDTH } from './embed-code.ts';
import { embedHeight } from './height.ts';
import { site } from '../layouts/site.ts';

/** Frames narrower than this show the chart laid out for phones. */
export const NARROW_BELOW = 480;
export const WIDE_WIDTH = 640;
export const NARROW_WIDTH = 360;
/** Sentence links listed in the footer; beyond this the footer links to the speech instead. */
const MAX_SENTENCE_LINKS = 3;

export interface EmbedModel {
  id: string;
  type: GraphicEntry['type'];
  title: string;
  caption: string;
  /** Every figure shown, in words: the image's text alternative. */
  description: string;
  chapter: { id: string; title: string; href: string };
  wide: { svg: string; width: number; height: number };
  narrow: { svg: string; width: number; height: number };
  table: DataTable;
  source: string;
  /** Sentence links for the footer; empty when there are too many to list (then link the speech). */
  sentences: SentenceRef[];
  files: { csv: string; json: string };
  /** Iframe height at a 640 px column, for the embed code. */
  height: number;
}

/** "Kassym-Jomart Tokayev, President of Kazakhstan, in Taldykorgan on 20 Oct 2022 (Kazakhstanskaya Pravda, English text)". */
export function sourceText(source: Pick<Source, 'speaker' | 'meetingPlace' | 'meetingDate' | 'outlet'>): string {
  return `${source.speaker}, in ${source.meetingPlace} on ${formatDate(source.meetingDate)} (${source.outlet}, English text)`;
}

export function chapterLink(topic: Pick<Topic, 'id' | 'title'>, graphicId: string): EmbedModel['chapter'] {
  return { id: topic.id, title: topic.title, href: `/chapters/${topic.id}/#${graphicId}` };
}

export function chartEmbed(entry: GraphicEntry, datasets: GraphicDatasets, topic: Topic, source: Source, today?: string): EmbedModel {
  const options = today === undefined ? {} : { today };
  const wide = renderGraphic(entry, datasets, { ...options, width: WIDE_WIDTH, idPrefix: 'e' });
  const narrow = renderGraphic(entry, datasets, { ...options, width: NARROW_WIDTH, idPrefix: 'e' });
  const sentences = wide.sentences.length <= MAX_SENTENCE_LINKS ? wide.sentences : [];
  const chapter = chapterLink(topic, entry.id);
  const model: Omit<EmbedModel, 'height'> = {
    id: entry.id,
    type: entry.type,
    title: wide.title,
    caption: wide.caption,
    description: wide.description,
    chapter,
    wide: { svg: wide.svg, width: wide.width, height: wide.height },
    narrow: { svg: narrow.svg, width: narrow.width, height: narrow.height },
    table: wide.table,
    source: sourceText(source),
    sentences,
    files: wide.files,
  };
  return { ...model, height: embedHeight(heightInput(model), REFERENCE_WIDTH) };
}

/** The footer lines as a reader sees them, for the height estimate. */
export function footerLines(model: Omit<EmbedModel, 'height'>): string[] {
  const quoted = model.sentences.length > 0 ? ` — ${model.sentences.map((s) => s.label).join('; ')}` : ' — the full speech';
  return [`Source: ${model.source}${quoted}`, `Get the data (CSV, JSON) · Read the chapter: ${model.chapter.title} · ${site.title}`];
}

export function heightInput(model: Omit<EmbedModel, 'height'>): Parameters<typeof embedHeight>[0] {
  return { title: model.title, caption: model.caption, graphic: model.wide, footer: footerLines(model), table: model.table.rows.length > 0 };
}
