// One quantised, simplified TopoJSON from named GeoJSON layers: shared arcs make it small.
import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { DATA_EXTENT, MAX_ZOOM, type Extent } from '../../../src/maps/model/extents.ts';

export interface TopologyOptions {
  /** Grid size per axis (topojson quantize): quantizationFor() gives one step per pixel at the closest zoom. */
  quantization: number;
  /** Smallest triangle (steradians) a vertex must span to survive simplification. */
  minWeight: number;
  /** Smallest ring (steradians) kept at all; 2.5e-8 sr is about 1 km². */
  minRingArea: number;
}

/**
 * The grid that puts one step on each CSS pixel of the largest map MapLibre draws of `extent`,
 * at `maxZoom` (a 512 px world at zoom 0, Web Mercator): finer steps cost bytes no screen shows.
 */
export function quantizationFor(extent: Extent, maxZoom: number): number {
  const world = 512 * 2 ** maxZoom;
  const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const width = ((extent[2] - extent[0]) / 360) * world;
  const height = ((mercator(extent[3]) - mercator(extent[1])) / (2 * Math.PI)) * world;
  return Math.ceil(Math.max(width, height));
}

export const defaultTopologyOptions: TopologyOptions = { quantization: quantizationFor(DATA_EXTENT, MAX_ZOOM), minWeight: 2e-10, minRingArea: 2.5e-8 };

// Called with (ring, interior) at run time, though the typings declare one argument.
const ringArea = sphericalRingArea as unknown as (ring: Parameters<typeof sphericalRingArea>[0]) => number;

export function buildTopology(layers: Record<string, FeatureCollection>, options: TopologyOptions = defaultTopologyOptions): Topology {
  // Simplify in full precision first: presimplify drops any transform, so quantising comes last.
  const weighted = presimplify(topology(layers as Parameters<typeof topology>[0]) as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea);
  // Drop rings (islets, ponds) smaller than minRingArea; they would collapse to slivers.
  const filtered = filter(weighted, filterWeight(weighted, options.minRingArea, ringArea));
  return quantize(simplify(filtered, options.minWeight), options.quantization) as Topology;
}
