import { z } from 'zod';
import { id, oneOf, optionalText, selector, text } from './fields.ts';

export const ROUTE_KINDS = ['highway', 'gas-pipeline', 'oil-pipeline', 'railway'] as const;
export const ROUTE_STATES = ['existing', 'planned', 'under-construction', 'to-repair'] as const;

const fromInput = z.strictObject({
  /** Input id (inputs.json) holding the line. */
  input: id(),
  /** `property=value` selector of exactly one line feature. */
  ref: selector(),
});

const schematic = z.strictObject({
  /** Always true: the line is drawn as straight segments between places. */
  schematic: z.literal(true, { error: 'true (a via chain is always schematic)' }),
  /** Ordered place ids; each must have a coordinate. */
  via: z.array(id()).min(2, { error: 'at least two place ids' }),
});

export type RouteGeometry = { input: string; ref: string } | { schematic: true; via: string[] };

// Picks the branch by its keys so an error speaks about the shape the editor meant, not a union.
const geometry = z.unknown().transform((raw, ctx): RouteGeometry => {
  const isChain = typeof raw === 'object' && raw !== null && ('via' in raw || 'schematic' in raw);
  const result = isChain ? schematic.safeParse(raw, { reportInput: true }) : fromInput.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  // The inner issues keep their paths; the enclosing object prefixes them with `geometry`.
  ctx.issues.push(...(result.error.issues as z.core.$ZodRawIssue[]));
  return z.NEVER;
});

/** A highway, pipeline or railway (data/routes.json). */
export const route = z.strictObject({
  /** Stable kebab-case id, used by projects' `route`. */
  id: id(),
  /** Name as readers know it. */
  name: text(),
  /** What it carries. */
  kind: oneOf(ROUTE_KINDS),
  /** Its state as the speech (or the source) gives it. */
  state: oneOf(ROUTE_STATES),
  /** A line from the geodata, or a schematic chain of places. */
  geometry,
  /** Project ids on this route (default none). */
  projects: z.array(id()).prefault([]),
  /** Verbatim excerpt of the speech; null for context routes the speech does not name. */
  quote: optionalText().prefault(''),
  /** Anything a reader should know, e.g. where a line continues off the map (null when none). */
  note: optionalText().prefault(''),
});

/** A route as the site receives it. */
export type Route = z.output<typeof route> & {
  /** The resolved line, [lon, lat] pairs in drawing order. */
  coordinates: [number, number][];
  /** True when the line is approximate (a via chain or a schematic input): label it so. */
  schematic: boolean;
  /** Ids of the speech sentences the quote overlaps. */
  sentences: string[];
};
