// Every embeddable graphic as the embed pages, PNGs, oEmbed files and /embeds/ need it, computed once per build.
import { catalogue, datasets, source, topicOf } from './catalogue.ts';
import { chartEmbed, type EmbedModel } from './chart-embed.ts';

let cached: EmbedModel[] | undefined;

/** Embed models in catalogue order. Maps are not embeddable yet: they wait for the maps engineer's static figure. */
export function embedPages(): EmbedModel[] {
  cached ??= catalogue.filter((entry) => entry.type !== 'map').map((entry) => chartEmbed(entry, datasets, topicOf(entry), source));
  return cached;
}

export function embedById(id: string): EmbedModel {
  const model = embedPages().find((m) => m.id === id);
  if (!model) throw new Error(`embedById: no embeddable graphic "${id}" in data/graphics.json.`);
  return model;
}
