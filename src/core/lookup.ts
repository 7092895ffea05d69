// Id lookups for site code: a wrong id fails the build with the ids that were probably meant.
import { suggestIds } from './suggest-ids.ts';

/** A function that returns the item with an id, or throws naming the nearest valid ids. */
export function makeLookup<T extends { id: string }>(items: readonly T[], what: string, file: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (found) return found;
    const close = suggestIds(id, byId.keys());
    const hint = close.length > 0 ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
    throw new Error(`Unknown ${what} id "${id}" (not in ${file}).${hint}`);
  };
}
