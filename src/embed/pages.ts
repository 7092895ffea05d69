// Every embeddable graphic as the embed pages, PNGs, oEmbed files and /embeds/ need it, computed once
// per build: the charts of data/graphics.json, then the maps of data/maps.json (ids as there).
import { claims, districts, inputs, instructions, places, projects, routes, staticTopology, topic } from '../data/index.ts';
import { creditText, mapCredits } from '../maps/model/attribution.ts';
import { mapDeclarations } from '../maps/model/declarations.ts';
import { mapFeatures } from '../maps/model/features.ts';
import { decodeGeo } from '../maps/model/geo.ts';
import { mapLegend } from '../maps/model/legend.ts';
import { mapHeight, staticMap } from '../maps/static/static-map.ts';
import { resolveView } from '../maps/model/view.ts';
import { catalogue, datasets, source } from './catalogue.ts';
import { chartEmbed } from './chart-embed.ts';
import { chapterOf, type ChapterSource } from './chapter-of.ts';
import { mapEmbed } from './map-embed.ts';
import type { ChartEmbed, EmbedModel, MapEmbed } from './model.ts';

/** Width the static map is drawn at, as MapFigure draws it. */
const MAP_WIDTH = 720;

let cached: Promise<EmbedModel[]> | undefined;

function chartEmbeds(chapters: readonly ChapterSource[]): ChartEmbed[] {
  return catalogue.flatMap((entry) => {
    if (entry.type === 'map') return [];
    // Link back to where the chart really is: editors may show it in another chapter than its topic.
    const chapter = chapterOf(entry.id, [entry.chapter], chapters, 'Graphic') ?? { topic: entry.chapter, shown: false };
    return [chartEmbed(entry, datasets, topic(chapter.topic), source, chapter.shown)];
  });
}

function mapEmbeds(chapters: readonly ChapterSource[]): MapEmbed[] {
  const data = { districts, places, routes, claims, instructions, projects };
  const geo = decodeGeo(staticTopology);
  const credits = mapCredits(inputs).map(creditText);
  return mapDeclarations.map((def) => {
    const view = resolveView(def, data);
    const chapter = chapterOf(def.id, def.topics, chapters);
    if (chapter === null) throw new Error(`Map "${def.id}" (data/maps.json): no chapter to link its embed back to; content/chapters/ has no .mdx files.`);
    return mapEmbed({
      mapId: def.id,
      title: def.title,
      caption: def.caption,
      frame: { width: MAP_WIDTH, height: mapHeight(view.extent, MAP_WIDTH) },
      staticSvg: staticMap(geo, view, { width: MAP_WIDTH, idPrefix: `png-${def.id}` }),
      features: mapFeatures(view, data, geo),
      legend: mapLegend(view, data, geo),
      credits,
      topic: topic(chapter.topic),
      anchored: chapter.shown,
      source,
    });
  });
}

/** Embed models for these chapters: charts in catalogue order, then maps. */
export function embedModels(chapters: readonly ChapterSource[]): EmbedModel[] {
  return [...chartEmbeds(chapters), ...mapEmbeds(chapters)];
}

/** Embed models of the story's chapters, read through astro:content. */
export function embedPages(): Promise<EmbedModel[]> {
  // Imported when called, so this module (and its unit tests) load outside Astro too.
  cached ??= import('../content/chapters.ts')
    .then(({ chapterSources }) => chapterSources())
    .then(embedModels);
  return cached;
}

export async function embedById(id: string): Promise<EmbedModel> {
  const model = (await embedPages()).find((m) => m.id === id);
  if (!model) throw new Error(`embedById: no embeddable graphic "${id}" in data/graphics.json or data/maps.json.`);
  return model;
}
