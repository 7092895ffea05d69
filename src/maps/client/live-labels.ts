// The live map's labels: the static map's label layout (src/maps/static/labels.ts) run again for the live
// camera and drawn as SVG over the canvas, so they use the page's font, keep clear of the frame and the
// map's buttons, and cost no glyph downloads.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { attrs } from '../../charts/common/svg.ts';
import type { Box } from '../layers/layer.ts';
import type { MapGeo } from '../model/geo.ts';
import type { MapView } from '../model/view.ts';
import { BASE_LABEL_SIZE, labelGroupAttrs, labelRequests, labelSvg, layoutLabels } from '../static/labels.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LiveLabels {
  /** Lays the labels out for another view (the camera's move redraws them anyway). */
  setView(view: MapView): void;
}

/** Boxes of the map's controls (zoom buttons, attribution) in container px: labels keep off them. */
function controlBoxes(container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  return [...container.querySelectorAll('.maplibregl-ctrl')].map((el) => {
    const b = el.getBoundingClientRect();
    return { x0: b.left - frame.left, y0: b.top - frame.top, x1: b.right - frame.left, y1: b.bottom - frame.top };
  });
}

/** The SVG group of a view's labels for a frame of width × height px, projected by `project`. */
export function liveLabelsSvg(geo: MapGeo, view: MapView, width: number, height: number, project: (lonLat: readonly [number, number]) => [number, number] | null, avoid: readonly Box[]): string {
  const { labels, obstacles } = labelRequests(geo, view, width, height, project);
  const placed = layoutLabels(labels, width, height, [...obstacles, ...avoid], BASE_LABEL_SIZE);
  return `<g${attrs(labelGroupAttrs(1, undefined))}>${placed.map((l) => labelSvg(l, undefined)).join('')}</g>`;
}

/** Draws the labels of `view` over `map` and redraws them, at most once a frame, whenever the camera or size changes. */
export function mountLabels(map: MapLibreMap, geo: MapGeo, view: MapView): LiveLabels {
  const container = map.getContainer();
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-live-labels');
  // The canvas has its name and the figure's list is the accessible path: the labels only repeat what the list says.
  svg.setAttribute('aria-hidden', 'true');
  // Above the canvas, below the controls and popups, which come later in the container.
  map.getCanvasContainer().after(svg);
  let current = view;
  let frame = 0;
  const draw = () => {
    frame = 0;
    const width = container.clientWidth;
    const height = container.clientHeight;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const project = (lonLat: readonly [number, number]): [number, number] => {
      const p = map.project([lonLat[0], lonLat[1]]);
      return [p.x, p.y];
    };
    svg.innerHTML = liveLabelsSvg(geo, current, width, height, project, controlBoxes(container));
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(draw);
  };
  map.on('move', schedule);
  map.on('resize', schedule);
  draw();
  return {
    setView(next) {
      current = next;
      schedule();
    },
  };
}
