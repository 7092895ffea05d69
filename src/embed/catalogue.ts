// The datasets embeds are built from, as `npm run data` wrote them (src/generated); read at build time only.
import graphicsJson from '../generated/graphics.json' with { type: 'json' };
import claimsJson from '../generated/claims.json' with { type: 'json' };
import instructionsJson from '../generated/instructions.json' with { type: 'json' };
import topicsJson from '../generated/topics.json' with { type: 'json' };
import sourceJson from '../generated/source.json' with { type: 'json' };
import type { GraphicEntry } from '../schemas/graphic.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { Source } from '../schemas/source.ts';
import type { Topic } from '../schemas/topic.ts';
import type { GraphicDatasets } from '../graphics/types.ts';

// The builder validated these files against the schemas before writing them.
export const catalogue = graphicsJson as unknown as readonly GraphicEntry[];
export const topics = topicsJson as unknown as readonly Topic[];
export const source = sourceJson as unknown as Source;
export const datasets: GraphicDatasets = {
  claims: claimsJson as unknown as readonly Claim[],
  instructions: instructionsJson as unknown as readonly Instruction[],
  topics,
};

/** The topic (chapter) a graphic belongs to; the builder guarantees it exists. */
export function topicOf(entry: Pick<GraphicEntry, 'id' | 'chapter'>): Topic {
  const topic = topics.find((t) => t.id === entry.chapter);
  if (!topic) throw new Error(`Graphic "${entry.id}": chapter "${entry.chapter}" is not a topic in data/topics.csv; run \`npm run data\` to see why.`);
  return topic;
}
