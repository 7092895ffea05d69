// One entry of the graphics catalogue (data/graphics.json): a chart or map with a stable id that
// chapters (`<Graphic id>`) and embeds (`/embed/<id>/`) use. Options differ by type; each type's are strict.
import { z } from 'zod';
import { id, oneOf, text } from './fields.ts';

export const GRAPHIC_TYPES = ['bar', 'part-of-whole', 'current-vs-target', 'units', 'timeline', 'big-number', 'map'] as const;
export type GraphicType = (typeof GRAPHIC_TYPES)[number];
export const UNIT_STYLES = ['filled', 'outline', 'hatched'] as const;
export const TIMELINE_KINDS = ['date', 'urgent', 'open', 'none'] as const;

/** Short labels by claim id, replacing the claim's `measure` in the chart. */
const labels = z.record(id(), text()).optional();

const optionsByType = {
  bar: z.strictObject({
    labels,
    /** With `instructions` instead of claims: the topic whose bar is marked "(this chapter)". */
    highlight: id().optional(),
  }),
  'part-of-whole': z.strictObject({
    labels,
    /** Claim id whose value is the whole (default 100, for percentages). */
    total: id().optional(),
  }),
  'current-vs-target': z.strictObject({
    /** One scale per row; every claim named here must be in the entry's claims. */
    rows: z.array(z.strictObject({
      /** Claim id of the target. */
      target: id(),
      /** Claim id of today's value; leave out when the speech gives none (the chart says so). */
      current: id().optional(),
      /** Row heading; default the target claim's measure. */
      label: text().optional(),
    })).min(1, { error: 'at least one row { "target": "<claim id>" }' }),
  }),
  units: z.strictObject({
    /** "blocks": one grid per claim, added up; "nested": claims from the smallest to the whole, each containing the one before. Default "blocks". */
    layout: oneOf(['blocks', 'nested']).optional(),
    labels,
    /** Square style by claim id. */
    styles: z.record(id(), oneOf(UNIT_STYLES)).optional(),
  }),
  timeline: z.strictObject({
    /** Deadline kinds to draw (default all); the others are counted in a note under the chart. */
    kinds: z.array(oneOf(TIMELINE_KINDS)).min(1).optional(),
  }),
  'big-number': z.strictObject({ labels }),
  // The maps engineer owns map options; they are passed through untouched.
  map: z.record(z.string(), z.unknown()),
} as const;

export type GraphicOptions = { [K in GraphicType]: z.output<(typeof optionsByType)[K]> };

const base = z.strictObject({
  /** Stable kebab-case id: `<Graphic id>` and `/embed/<id>/`. */
  id: id(),
  /** What kind of chart (or map). */
  type: oneOf(GRAPHIC_TYPES),
  /** Headline above the chart; also its accessible name. */
  title: text(),
  /** One or two sentences under the chart that say what to see and any caveat. */
  caption: text(),
  /** Topic id of the chapter the graphic belongs to. */
  chapter: id(),
  /** Claim ids the graphic shows (default none). */
  claims: z.array(id()).prefault([]),
  /** Instruction ids, or "all" (timelines). */
  instructions: z.union([z.literal('all'), z.array(id())]).optional(),
  /** Map id, for type "map". */
  map: id().optional(),
  /** Type-specific options (default {}). */
  options: z.record(z.string(), z.unknown()).prefault({}),
});

/** The keys an entry may have, for "did you mean" hints. */
export const GRAPHIC_KEYS = Object.keys(base.shape);

// Options are checked against the schema of the entry's own type, so errors talk about that type.
export const graphic = base.transform((entry, ctx) => {
  const result = optionsByType[entry.type].safeParse(entry.options, { reportInput: true });
  if (!result.success) {
    ctx.issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ['options', ...issue.path] }) as z.core.$ZodRawIssue));
    return z.NEVER;
  }
  return { ...entry, options: result.data } as GraphicEntry;
});

export type GraphicEntry = {
  [K in GraphicType]: Omit<z.output<typeof base>, 'type' | 'options'> & { type: K; options: GraphicOptions[K] };
}[GraphicType];
