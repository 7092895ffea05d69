// The graphics catalogue and the datasets embeds are drawn from, as `npm run data` wrote them; build time only.
import { claims, graphics, instructions, source, topics } from '../data/index.ts';
import type { GraphicEntry } from '../schemas/graphic.ts';
import type { GraphicDatasets } from '../graphics/types.ts';

export { source, topics };

// The graphics builder validated the catalogue against its schema before writing it.
export const catalogue: readonly GraphicEntry[] = graphics;
export const datasets: GraphicDatasets = { claims, instructions, topics };
