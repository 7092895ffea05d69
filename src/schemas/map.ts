// One map of the story (data/maps.json): declared once, here, and read by the static SVG, the live MapLibre
// map, the page, the embed and /embeds/. What it highlights is not listed: it is read from the datasets
// (what the speech ties to the map's topics), so a map changes when the data does.
import { z } from 'zod';
import { id, oneOf, text } from './fields.ts';
import { ROUTE_KINDS } from './route.ts';

/** Colour tokens a map may highlight in (tokens.css; each is in the live map's palette). */
export const MAP_ACCENTS = ['c-blue', 'c-orange', 'c-green', 'c-sky', 'c-purple', 'c-yellow', 'c-red'] as const;

const degrees = z.number({ error: 'a number of degrees' });

export const mapDeclaration = z.strictObject({
  /** Stable id: MDX `<MapFigure id>`, data/graphics.json `map`, /embed/<id>/. */
  id: id(),
  /** Headline above the map and its accessible name, on the page, the embed, the SVG and the live map. */
  title: text(),
  /** One or two sentences under the title: what to see and any caveat. */
  caption: text(),
  /** What the map shows, for the text alternative (the SVG's <desc>). */
  description: text(),
  /** What the view frames, [west, south, east, north] in degrees. */
  extent: z.tuple([degrees, degrees, degrees, degrees], { error: 'four numbers [west, south, east, north]' }),
  /** Token colour of highlighted areas and points. */
  accent: oneOf(MAP_ACCENTS),
  /** Topic ids whose claims, instructions and projects the map highlights; "all" for every topic. */
  topics: z.union([z.literal('all'), z.array(id()).min(1, { error: 'at least one topic id, or "all"' })]),
  /** Route kinds drawn. */
  routeKinds: z.array(oneOf(ROUTE_KINDS)),
  /** `topic`: highlight the routes of the topics' projects, the rest are grey context; `all`: highlight every route drawn. */
  routeMode: oneOf(['topic', 'all']),
  /** `topic`: highlight the districts the topics name; `count`: shade districts by the number of instructions naming them. */
  districtMode: oneOf(['topic', 'count']),
  /** `topic`: mark the places the topics name; `count`: size places by the number of instructions naming them. */
  placeMode: oneOf(['topic', 'count']),
  /** Also label the centres of the districts (context for readers who do not know the region). */
  districtCentres: z.boolean({ error: 'true or false' }),
});

export type MapDeclaration = z.output<typeof mapDeclaration>;
