// Finds the claims and instructions a catalogue entry names; a missing id is a bug the builder should have caught.
import type { Claim } from '../../schemas/claim.ts';
import type { Tracked } from '../../schemas/followup.ts';
import type { Instruction } from '../../schemas/instruction.ts';
import type { GraphicCommon } from '../../schemas/graphic.ts';
import type { GraphicDatasets } from './types.ts';

/** The claim `id`, or an error naming the graphic and the dataset. */
export function claimById(datasets: GraphicDatasets, id: string, graphic: string): Claim {
  const found = datasets.claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`Graphic "${graphic}": claim "${id}" is not in the claims dataset (data/claims.csv); run \`npm run data\` to see why.`);
  return found;
}

/** The entry's claims, in the order it lists them. */
export const claimsOf = (entry: GraphicCommon, datasets: GraphicDatasets): Claim[] => entry.claims.map((id) => claimById(datasets, id, entry.id));

/** The entry's instructions: "all" in dataset order, or the listed ids in their order. */
export function instructionsOf(entry: GraphicCommon, datasets: GraphicDatasets): Tracked<Instruction>[] {
  if (entry.instructions === undefined) return [];
  if (entry.instructions === 'all') return [...datasets.instructions];
  return entry.instructions.map((id) => {
    const found = datasets.instructions.find((i) => i.id === id);
    if (found === undefined) throw new Error(`Graphic "${entry.id}": instruction "${id}" is not in the instructions dataset (data/instructions.csv).`);
    return found;
  });
}
