// data/graphics.json as the site reads it, each chart's options typed by its type (apart from registry.ts, which the data build loads in Node).
import { graphics } from '../data/index.ts';
import type { GraphicEntry } from './registry.ts';

/** The graphics builder checked every entry against the registry's `graphic` schema before writing it. */
export const graphicCatalogue = graphics as readonly GraphicEntry[];
