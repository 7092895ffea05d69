// The map layers in drawing order: the static SVG and the MapLibre style both iterate this list, so a new
// layer is one module of this folder (see layer.ts) and one line here.
import { baseLayer } from './base.ts';
import type { MapLayer } from './layer.ts';
import { pointsLayer } from './points.ts';
import { routesLayer } from './routes.ts';

export const mapLayerRegistry: readonly MapLayer[] = [baseLayer, routesLayer, pointsLayer];
