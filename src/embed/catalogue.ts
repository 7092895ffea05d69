// The graphics catalogue and the datasets embeds are drawn from, as `npm run data` wrote them; build time only.
import { claims, instructions, source, topics } from '../data/index.ts';
import { graphicCatalogue } from '../charts/catalogue.ts';
import type { GraphicEntry } from '../charts/registry.ts';
import type { GraphicDatasets } from '../charts/model/types.ts';

export { source, topics };

// The graphics builder validated the catalogue against its schema before writing it.
export const catalogue: readonly GraphicEntry[] = graphicCatalogue;
export const datasets: GraphicDatasets = { claims, instructions, topics };
