// The graphics catalogue and the datasets embeds are drawn from, as `npm run data` wrote them; build time only.
import graphicsJson from '../generated/graphics.json';
import { claims, instructions, source, topic, topics } from '../data/index.ts';
import type { GraphicEntry } from '../schemas/graphic.ts';
import type { GraphicDatasets } from '../graphics/types.ts';
import type { Topic } from '../schemas/topic.ts';

export { source, topics };

// The graphics builder validated the catalogue against its schema before writing it.
export const catalogue = graphicsJson as unknown as readonly GraphicEntry[];
export const datasets: GraphicDatasets = { claims, instructions, topics };

/** The topic (chapter) a graphic belongs to; the builder guarantees it exists. */
export function topicOf(entry: Pick<GraphicEntry, 'id' | 'chapter'>): Topic {
  return topic(entry.chapter);
}
