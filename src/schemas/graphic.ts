// One entry of the graphics catalogue (data/graphics.json): a chart or map with a stable id that
// chapters (`<Graphic id>`) and embeds (`/embed/<id>/`) use. Options differ by type; each type's are strict.
// The chart types and their option schemas live in src/charts/<type>/; src/charts/registry.ts builds the
// full schema with `graphicSchema` below, so this file stays below the charts in the layers.
import { z } from 'zod';
import { id, oneOf, text } from './fields.ts';

/** The fields every entry has, whatever its type. */
const common = {
  /** Stable kebab-case id: `<Graphic id>` and `/embed/<id>/`. */
  id: id(),
  /** What kind of chart (or map). */
  type: z.string(),
  /** Headline above the chart; also its accessible name. Maps take theirs from data/maps.json. */
  title: text(),
  /** One or two sentences under the chart that say what to see and any caveat. Maps: data/maps.json. */
  caption: text(),
  /** Topic id of the chapter the graphic belongs to. */
  chapter: id(),
  /** Claim ids the graphic shows (default none). */
  claims: z.array(id()).prefault([]),
  /** Instruction ids, or "all" (timelines). */
  instructions: z.union([z.literal('all'), z.array(id())]).optional(),
  /** Map id of data/maps.json, for type "map". */
  map: id().optional(),
  /** Type-specific options (default {}). */
  options: z.record(z.string(), z.unknown()).prefault({}),
};

/** The keys an entry may have, for "did you mean" hints. */
export const GRAPHIC_KEYS = Object.keys(common);

/** What every entry carries besides its type, title, caption and options. */
export interface GraphicCommon {
  id: string;
  chapter: string;
  claims: string[];
  instructions?: 'all' | string[] | undefined;
  map?: string | undefined;
}

/** A chart entry of type `T` with options `O`. */
export type ChartEntryOf<T extends string, O> = GraphicCommon & { type: T; title: string; caption: string; options: O };

/** A map entry: it points at a map of data/maps.json, which holds its title and caption (one place per map). */
export type MapGraphicEntry = GraphicCommon & { type: 'map'; options: Record<string, unknown> };

/** Any entry with its chart options left unread: what the data layer holds; src/charts/registry.ts gives the typed union. */
export type GraphicRecord = ChartEntryOf<string, Record<string, unknown>> | MapGraphicEntry;

type Issue = z.core.$ZodRawIssue;

/**
 * The catalogue entry schema for the chart types given (type → options schema) plus "map". Options are
 * checked against the schema of the entry's own type, so errors talk about that type; a map entry must
 * not repeat the title or caption of data/maps.json.
 */
export function graphicSchema(types: readonly string[], optionsOf: (type: string) => z.ZodType) {
  const chartBase = z.strictObject({ ...common, type: oneOf([...types, 'map']) });
  const mapBase = chartBase.extend({ title: text().optional(), caption: text().optional() });
  return z.unknown().transform((input, ctx) => {
    const isMap = (input as { type?: unknown } | null)?.type === 'map';
    const parsed = (isMap ? mapBase : chartBase).safeParse(input, { reportInput: true });
    if (!parsed.success) {
      ctx.issues.push(...(parsed.error.issues as unknown as Issue[]));
      return z.NEVER;
    }
    const entry = parsed.data;
    if (isMap) {
      for (const key of ['title', 'caption'] as const) {
        const value = entry[key];
        if (value !== undefined) {
          ctx.issues.push({ code: 'custom', path: [key], input: value, message: `no "${key}" on a map entry (the map's ${key} is in data/maps.json)`,
            params: { hint: `Remove "${key}" here, or change the map's ${key} in data/maps.json: page, embed and live map all read it there.` } } as Issue);
        }
      }
      const { title: _t, caption: _c, ...rest } = entry;
      return rest as MapGraphicEntry;
    }
    const options = optionsOf(entry.type).safeParse(entry.options, { reportInput: true });
    if (!options.success) {
      ctx.issues.push(...options.error.issues.map((issue) => ({ ...issue, path: ['options', ...issue.path] }) as unknown as Issue));
      return z.NEVER;
    }
    return { ...entry, options: options.data as Record<string, unknown> };
  });
}
