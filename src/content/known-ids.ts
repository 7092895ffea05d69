// Reads the ids an MDX chapter may refer to from the built datasets, for the build-time component check.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IdKind } from './components.ts';

/** Every id an MDX prop may name, by the kind of id it must be. */
export interface KnownIds {
  claim: ReadonlySet<string>;
  instruction: ReadonlySet<string>;
  graphic: ReadonlySet<string>;
  map: ReadonlySet<string>;
  topic: ReadonlySet<string>;
  /** What a scrolly step can frame: routes, districts and places that have a coordinate. */
  focus: ReadonlySet<string>;
  /** Big-number graphics and the claims each shows, so a chapter does not give a figure twice. */
  cards?: ReadonlyMap<string, readonly string[]>;
}

/** Where each dataset is read from, relative to the project root. */
export const knownIdFiles = {
  claim: 'src/generated/claims.json',
  instruction: 'src/generated/instructions.json',
  graphic: 'data/graphics.json',
  map: 'data/maps.json',
  topic: 'src/generated/topics.json',
  route: 'src/generated/routes.json',
  district: 'src/generated/districts.json',
  place: 'src/generated/places.json',
} as const;

function readIds(root: string, file: string): Array<Record<string, unknown>> {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    const fix = file.startsWith('src/generated/') ? 'run `npm run data` first' : 'it is a curated file: restore it from git or create it as data/README.md describes';
    throw new Error(`${file} is missing: ${fix} (the MDX check needs it to know the valid ids).`);
  }
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error(`${file} should hold a JSON array of objects with an "id" field.`);
  return parsed as Array<Record<string, unknown>>;
}

const idsOf = (rows: Array<Record<string, unknown>>): Set<string> =>
  new Set(rows.map((r) => r['id']).filter((id): id is string => typeof id === 'string'));

/** Loads the ids from the datasets under `root`; throws a message naming the missing file. */
export function loadKnownIds(root: string): KnownIds {
  const graphics = readIds(root, knownIdFiles.graphic);
  // Map ids are those of data/maps.json, plus the `map` of any map entry in graphics.json.
  const maps = idsOf(readIds(root, knownIdFiles.map));
  for (const g of graphics) {
    if (g['type'] !== 'map') continue;
    if (typeof g['map'] === 'string') maps.add(g['map']);
  }
  return {
    claim: idsOf(readIds(root, knownIdFiles.claim)),
    instruction: idsOf(readIds(root, knownIdFiles.instruction)),
    graphic: idsOf(graphics.filter((g) => g['type'] !== 'map')),
    map: maps,
    topic: idsOf(readIds(root, knownIdFiles.topic)),
    focus: new Set([
      ...idsOf(readIds(root, knownIdFiles.route)),
      ...idsOf(readIds(root, knownIdFiles.district)),
      ...idsOf(readIds(root, knownIdFiles.place).filter((p) => typeof p['lon'] === 'number' && typeof p['lat'] === 'number')),
    ]),
    cards: new Map(
      graphics
        .filter((g) => g['type'] === 'big-number' && typeof g['id'] === 'string' && Array.isArray(g['claims']))
        .map((g) => [g['id'] as string, (g['claims'] as unknown[]).filter((c): c is string => typeof c === 'string')]),
    ),
  };
}

/** Only the ids a chapter's frontmatter refers to, so content sync does not need the graphics catalogue. */
export function loadChapterIds(root: string): Pick<KnownIds, 'claim' | 'topic'> {
  return { claim: idsOf(readIds(root, knownIdFiles.claim)), topic: idsOf(readIds(root, knownIdFiles.topic)) };
}

let fresh: { stamp: string; ids: Pick<KnownIds, 'claim' | 'topic'> } | undefined;

/** loadChapterIds, read again only when a dataset it reads has been rewritten (the dev data watcher rebuilds them). */
export function loadChapterIdsFresh(root: string): Pick<KnownIds, 'claim' | 'topic'> {
  const stamp = [knownIdFiles.claim, knownIdFiles.topic].map((f) => {
    try {
      return String(statSync(join(root, f)).mtimeMs);
    } catch {
      return 'missing';
    }
  }).join();
  if (fresh?.stamp !== stamp) fresh = { stamp, ids: loadChapterIds(root) };
  return fresh.ids;
}

/** The ids valid for a prop of the given kind. */
export function idsFor(kind: IdKind, known: Omit<KnownIds, 'topic'>): ReadonlySet<string> {
  if (kind === 'claim-or-instruction') return new Set([...known.claim, ...known.instruction]);
  return known[kind];
}

/** The noun an error message uses for a kind of id. */
export const idNoun: Record<IdKind, string> = {
  claim: 'claim',
  'claim-or-instruction': 'claim or instruction',
  graphic: 'graphic',
  map: 'map',
  focus: 'route, district or place with a coordinate',
};
