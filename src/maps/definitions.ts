// The maps of the story, by id. What each highlights is not typed here: it is read from the
// datasets (what the speech ties to the map's topics), so a map changes when the data does.
import { REGION_EXTENT, type Extent } from './extents.ts';
import type { RouteKind } from './symbols.ts';

export interface MapDefinition {
  /** Stable id: MDX `<MapFigure id>`, data/graphics.json `map`, /embed/<id>/. */
  id: string;
  /** Accessible name of the map. */
  title: string;
  /** One or two sentences saying what the map shows, for the text alternative. */
  description: string;
  /** What the view frames, [west, south, east, north]. */
  extent: Extent;
  /** Token colour of highlighted areas and points. */
  accent: string;
  /** Topic ids whose claims, instructions and projects the map highlights; "all" for every topic. */
  topics: readonly string[] | 'all';
  /** Route kinds drawn. */
  routeKinds: readonly RouteKind[];
  /** `topic`: highlight the routes of the topics' projects, the rest are grey context; `all`: highlight every route drawn. */
  routeMode: 'topic' | 'all';
  /** `topic`: highlight the districts the topics name; `count`: shade districts by the number of instructions naming them. */
  districtMode: 'topic' | 'count';
  /** `topic`: mark the places the topics name; `count`: size places by the number of instructions naming them. */
  placeMode: 'topic' | 'count';
  /** Also label the centres of the districts (context for readers who do not know the region). */
  districtCentres: boolean;
}

/** The region and Ayagoz, where the Ust-Kamenogorsk highway leaves the mapped area. */
const ROADS_EXTENT: Extent = [75.8, 43.0, 83.0, 48.3];

export const mapDefinitions = [
  {
    id: 'districts',
    title: 'Where the instructions point: districts of Zhetysu region',
    description: 'The districts of Zhetysu region shaded by how many of the speech’s instructions and commitments name them or a place in them.',
    extent: [76.1, 43.65, 82.75, 47.45],
    accent: 'c-orange',
    topics: 'all',
    routeKinds: [],
    routeMode: 'topic',
    districtMode: 'count',
    placeMode: 'topic',
    districtCentres: true,
  },
  {
    id: 'irrigation',
    title: 'Where irrigated land could grow',
    description: 'The districts where the speech says the area of irrigated land can be increased.',
    extent: [76.1, 43.65, 82.75, 47.45],
    accent: 'c-green',
    topics: ['land-irrigation'],
    routeKinds: [],
    routeMode: 'topic',
    districtMode: 'topic',
    placeMode: 'topic',
    districtCentres: true,
  },
  {
    id: 'gas',
    title: 'Gas: the pipeline to Taldykorgan and the one planned to Usharal',
    description: 'The existing Almaty–Taldykorgan gas pipeline, the planned Taldykorgan–Usharal pipeline and the districts the speech says they are to supply.',
    extent: REGION_EXTENT,
    accent: 'c-yellow',
    topics: ['gas'],
    routeKinds: ['gas-pipeline', 'oil-pipeline'],
    routeMode: 'topic',
    districtMode: 'topic',
    placeMode: 'topic',
    districtCentres: false,
  },
  {
    id: 'roads',
    title: 'Highways under construction and the republican road to be repaired',
    description: 'The Taldykorgan–Kalbatau–Ust-Kamenogorsk and Usharal–Dostyk highways under construction, and the republican highway through Kerbulak and Panfilov districts to be restored. All highways are drawn schematically.',
    extent: ROADS_EXTENT,
    accent: 'c-orange',
    topics: ['roads-safety'],
    routeKinds: ['highway'],
    routeMode: 'topic',
    districtMode: 'topic',
    placeMode: 'topic',
    districtCentres: false,
  },
  {
    id: 'logistics',
    title: 'Transit: Khorgos – Eastern Gate and Dostyk',
    description: 'The two border crossings to China the speech builds its transit plans on: the special economic zone at Khorgos and the planned terminal at Dostyk station, with the railways and highways that reach them.',
    extent: ROADS_EXTENT,
    accent: 'c-purple',
    topics: ['transit-logistics'],
    routeKinds: ['railway', 'highway'],
    routeMode: 'all',
    districtMode: 'topic',
    placeMode: 'topic',
    districtCentres: false,
  },
  {
    id: 'instructions-overview',
    title: 'Every instruction, by place',
    description: 'Each place and district the speech’s instructions and commitments name, sized by how many name it; instructions that name no place are listed as region-wide.',
    extent: REGION_EXTENT,
    accent: 'c-purple',
    topics: 'all',
    routeKinds: [],
    routeMode: 'topic',
    districtMode: 'count',
    placeMode: 'count',
    districtCentres: false,
  },
] as const satisfies readonly MapDefinition[];

export type MapId = (typeof mapDefinitions)[number]['id'];

export const mapIds: readonly string[] = mapDefinitions.map((d) => d.id);

/** The definition of a map id, or an error listing the ids that exist. */
export function mapDefinition(id: string): MapDefinition {
  const found = mapDefinitions.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown map id "${id}". Use one of: ${mapIds.join(', ')} (src/maps/definitions.ts).`);
  return found;
}
