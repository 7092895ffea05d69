// The maps of the story as declared once in data/maps.json (checked and copied by `npm run data`), by id.
import { maps } from '../../data/index.ts';
import type { MapDeclaration } from '../../schemas/map.ts';

/** Every map, in the order of data/maps.json. */
export const mapDeclarations: readonly MapDeclaration[] = maps;

/** The declaration of a map id, or an error listing the ids that exist. */
export function mapDeclaration(id: string): MapDeclaration {
  const found = maps.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown map id "${id}". Use one of: ${maps.map((d) => d.id).join(', ')} (data/maps.json).`);
  return found;
}
