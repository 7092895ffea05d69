// The boxes every map and the data build agree on, as [west, south, east, north] in degrees.

export type Extent = readonly [number, number, number, number];

/** Everything the data build keeps; the live maps may not pan beyond it (maxBounds). */
export const DATA_EXTENT: Extent = [73, 41.8, 86, 49.6];

/** The closest the live maps zoom in (MapLibre zoom); the map data is quantised to a pixel at this zoom. */
export const MAX_ZOOM = 10;

/** Zhetysu region with Almaty, where the gas pipeline starts, and the border crossings. */
export const REGION_EXTENT: Extent = [75.8, 43.0, 83.0, 47.6];
