// One quantised, simplified TopoJSON from named GeoJSON layers: shared arcs make it small.
import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

export interface TopologyOptions {
  /** Grid size per axis; 1e5 over ~13° keeps about 15 m, far below what zoom 10 shows. */
  quantization: number;
  /** Smallest triangle (steradians) a vertex must span to survive simplification. */
  minWeight: number;
  /** Smallest ring (steradians) kept at all; 2.5e-8 sr is about 1 km². */
  minRingArea: number;
}

export const defaultTopologyOptions: TopologyOptions = { quantization: 1e5, minWeight: 2e-10, minRingArea: 2.5e-8 };

// Called with (ring, interior) at run time, though the typings declare one argument.
const ringArea = sphericalRingArea as unknown as (ring: Parameters<typeof sphericalRingArea>[0]) => number;

export function buildTopology(layers: Record<string, FeatureCollection>, options: TopologyOptions = defaultTopologyOptions): Topology {
  // Simplify in full precision first: presimplify drops any transform, so quantising comes last.
  const weighted = presimplify(topology(layers as Parameters<typeof topology>[0]) as unknown as Parameters<typeof presimplify>[0], sphericalTriangleArea);
  // Drop rings (islets, ponds) smaller than minRingArea; they would collapse to slivers.
  const filtered = filter(weighted, filterWeight(weighted, options.minRingArea, ringArea));
  return quantize(simplify(filtered, options.minWeight), options.quantization) as Topology;
}
