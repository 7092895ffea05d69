// What an embed page shows, for a chart or a map: the shared shape, the source line and the footer.
import type { DataTable, SentenceRef } from '../charts/model/types.ts';
import type { Topic } from '../schemas/topic.ts';
import { site } from '../core/site.ts';

/** Sentence links listed in the footer; beyond this the footer links to the speech instead. */
export const MAX_SENTENCE_LINKS = 3;

interface EmbedBase {
  id: string;
  title: string;
  caption: string;
  /** Every figure or feature shown, in words: the image's text alternative. */
  description: string;
  chapter: { id: string; title: string; href: string };
  table: DataTable;
  source: string;
  /** Sentence links for the footer; empty when there are too many to list (then link the speech). */
  sentences: SentenceRef[];
  /** Which figures we counted rather than read in the speech (null when all are stated). */
  counted: string | null;
  files: { csv: string; json: string };
  /** The SVG the PNG card and fallback image are drawn from (viewBox-sized). */
  graphic: string;
  /** Iframe height at a 640 px column, for the embed code. */
  height: number;
}

export interface ChartEmbed extends EmbedBase {
  kind: 'chart';
  type: string;
  wide: { svg: string; width: number; height: number };
  narrow: { svg: string; width: number; height: number };
}

export interface MapEmbed extends EmbedBase {
  kind: 'map';
  type: 'map';
  /** Map id of data/maps.json, for <MapFigure id>. */
  mapId: string;
  /** Geodata credit lines, as the map prints them. */
  credits: string[];
}

export type EmbedModel = ChartEmbed | MapEmbed;

/** The chapter a graphic belongs to, linked at the graphic's anchor there when it has one. */
export function chapterLink(topic: Pick<Topic, 'id' | 'title'>, anchor: string | null): EmbedBase['chapter'] {
  return { id: topic.id, title: topic.title, href: `/chapters/${topic.id}/${anchor ? `#${anchor}` : ''}` };
}

export function footerSentences(sentences: readonly SentenceRef[]): SentenceRef[] {
  return sentences.length <= MAX_SENTENCE_LINKS ? [...sentences] : [];
}

/** The footer lines as a reader sees them, for the height estimate. */
export function footerLines(model: Pick<EmbedBase, 'source' | 'sentences' | 'chapter'> & { counted?: string | null }): string[] {
  const quoted = model.sentences.length > 0 ? ` — ${model.sentences.map((s) => s.label).join('; ')}` : ' — the full speech';
  return [`Source: ${model.source}${quoted}`, ...(model.counted ? [model.counted] : []), `Get the data (CSV, JSON) · Read the chapter: ${model.chapter.title} · ${site.title}`];
}
