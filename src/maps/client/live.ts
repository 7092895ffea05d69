// The live map: the one module that imports maplibre-gl, loaded on demand by island.ts. It draws
// the same view as the static SVG (same extent, symbols, legend), then fades in over it.
import { Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type LngLatBoundsLike, type MapMouseEvent } from 'maplibre-gl';
// Vite serves the worker and the stylesheet as files of this site (a bare import 404s the worker after build, and makes the CSS a render-blocking <link> on every page).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from './maplibre.css?url';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import { applyLayers } from './apply-view.ts';
import { DATA_EXTENT, MAX_ZOOM } from '../model/extents.ts';
import { decodeGeo, type MapGeo } from '../model/geo.ts';
import { readPalette, type Palette } from '../model/palette.ts';
import { popupContent } from './popup-content.ts';
import { INTERACTIVE_LAYERS, mapLayers, mapStyle } from '../layers/style.ts';
import { mountLabels } from './live-labels.ts';
import { uniqueLabel } from './unique-label.ts';
import type { MapView } from '../model/view.ts';

setWorkerUrl(workerUrl);

const BASE = import.meta.env.BASE_URL;
/** Where the data build puts the topology (scripts/datasets/geo.ts). */
export const GEO_URL = `${BASE.endsWith('/') ? BASE : `${BASE}/`}generated/geo/zhetysu.topo.json`;

let cssLoaded: Promise<void> | undefined;
function loadCss(): Promise<void> {
  cssLoaded ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssUrl;
    // A missing stylesheet only unstyles the controls; the map still draws.
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return cssLoaded;
}

let geoLoaded: Promise<MapGeo> | undefined;
function loadGeo(): Promise<MapGeo> {
  geoLoaded ??= fetch(GEO_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${GEO_URL}: HTTP ${r.status}`);
      return r.json() as Promise<Topology>;
    })
    .then(decodeGeo);
  return geoLoaded;
}

const SOURCE_OF: Record<string, string> = { district: 'districts', route: 'routes', place: 'places' };
const featureRef = (fid: string) => ({ source: SOURCE_OF[fid.split(':')[0] ?? ''] ?? 'places', id: fid });
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const boundsOf = (view: MapView): LngLatBoundsLike => [[view.extent[0], view.extent[1]], [view.extent[2], view.extent[3]]];

export interface LiveMap {
  map: MapLibreMap;
  /** Moves to another view: flies there, or jumps under prefers-reduced-motion. */
  setView(view: MapView, animate: boolean): void;
  /** Resolves when the map has drawn everything once. */
  ready: Promise<void>;
}

/**
 * Creates a live map in `container` for `view`. `host` holds the feature list (items marked
 * `data-fid-item`) whose content the popups show, and the keyboard path (links marked `data-fid`).
 */
export async function createLiveMap(host: HTMLElement, container: HTMLElement, view: MapView, credits: string[]): Promise<LiveMap> {
  const [geo] = await Promise.all([loadGeo(), loadCss()]);
  let current = view;
  let palette: Palette = readPalette(host);
  let layers: LayerSpecification[] = mapLayers(view, palette);
  const map = new MapLibreMap({
    container,
    style: mapStyle(view, geo, palette),
    bounds: boundsOf(view),
    fitBoundsOptions: { padding: 0 },
    maxBounds: [[DATA_EXTENT[0], DATA_EXTENT[1]], [DATA_EXTENT[2], DATA_EXTENT[3]]],
    maxZoom: MAX_ZOOM,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // A phone user scrolls past the map with one finger; two fingers (or Ctrl + wheel) move it.
    cooperativeGestures: true,
    attributionControl: { compact: true, customAttribution: credits.map(escapeHtml) },
  });
  nameMap(container, map.getCanvas());
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  // Until the reader moves the map, a resize refits the view so it keeps the static map's extent.
  let moved = false;
  map.on('movestart', (e) => {
    if ((e as { originalEvent?: unknown }).originalEvent) moved = true;
  });
  map.on('resize', () => {
    if (!moved) map.fitBounds(boundsOf(current), { padding: 0, animate: false });
  });

  // Dark mode or a theme switch changes the tokens: repaint with the new colours.
  let styleLoaded = false;
  const repaint = () => {
    palette = readPalette(host);
    // Before the style loads MapLibre throws on any layer change; the load handler repaints.
    if (!styleLoaded) return;
    const next = mapLayers(current, palette);
    applyLayers(map, layers, next);
    layers = next;
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', repaint);
  new MutationObserver(repaint).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  // Layers exist only once the style has loaded; setView needs them.
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  styleLoaded = true;
  repaint();
  const labels = mountLabels(map, geo, view);
  // Feature states throw before the style loads (a map link focused by Tab while the map starts did);
  // until now the links stay plain anchors to the list.
  wireInteraction(map, host);
  const ready = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  // With nothing left to fetch MapLibre may go idle in the frame that fired 'load', before this line ran: draw once more so it says so again.
  map.triggerRepaint();
  // The credits are printed under the map too: start the compact attribution folded so it hides nothing.
  void ready.then(() => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'));
  return {
    map,
    ready,
    setView(next, animate) {
      const nextLayers = mapLayers(next, palette);
      applyLayers(map, layers, nextLayers);
      layers = nextLayers;
      current = next;
      labels.setView(next);
      moved = false;
      const camera = map.cameraForBounds(boundsOf(next), { padding: 0 });
      if (!camera) return;
      if (animate && !reducedMotion()) map.flyTo({ ...camera, duration: 1200 });
      else map.jumpTo(camera);
    },
  };
}

/** MapLibre names every canvas "Map": give the container and its canvas names of their own on the page. */
function nameMap(container: HTMLElement, canvas: HTMLCanvasElement): void {
  const taken = (except: Element) =>
    new Set([...document.querySelectorAll('[aria-label]')].filter((el) => el !== except).map((el) => el.getAttribute('aria-label') ?? ''));
  const name = uniqueLabel(container.getAttribute('aria-label') ?? 'Interactive map', taken(container));
  container.setAttribute('aria-label', name);
  canvas.setAttribute('aria-label', uniqueLabel(`${name}, drawing area (arrow keys pan, + and − zoom)`, taken(canvas)));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Hover, tap and keyboard: each opens a popup with the feature's item from the list. */
function wireInteraction(map: MapLibreMap, host: HTMLElement): void {
  const itemFor = (fid: string) => host.querySelector<HTMLElement>(`[data-fid-item="${CSS.escape(fid)}"]`);
  const popup = new Popup({ closeButton: true, closeOnClick: false, maxWidth: '320px', focusAfterOpen: false, className: 'map-popup' });
  let hovered: string | null = null;
  let pinned: string | null = null;
  const state = (fid: string | null, key: 'hover' | 'selected', on: boolean) => {
    if (fid) map.setFeatureState(featureRef(fid), { [key]: on });
  };
  const show = (fid: string, at: [number, number]) => {
    const item = itemFor(fid);
    if (!item) return;
    popup.setLngLat(at).setDOMContent(popupContent(item)).addTo(map);
  };
  popup.on('close', () => {
    state(pinned, 'selected', false);
    pinned = null;
  });
  const hover = (fid: string | null, at?: [number, number]) => {
    if (fid === hovered) return;
    state(hovered, 'hover', false);
    hovered = fid;
    state(fid, 'hover', true);
    map.getCanvas().style.cursor = fid ? 'pointer' : '';
    if (pinned) return;
    if (fid && at) show(fid, at);
    else popup.remove();
  };
  const select = (fid: string, at: [number, number]) => {
    state(pinned, 'selected', false);
    pinned = null;
    show(fid, at);
    pinned = fid;
    state(fid, 'selected', true);
  };
  const featureAt = (e: MapMouseEvent) =>
    map
      .queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS.filter((id) => map.getLayer(id)) })
      .map((f) => String(f.properties['fid'] ?? ''))
      .find((fid) => itemFor(fid) !== null) ?? null;
  map.on('mousemove', (e) => hover(featureAt(e), [e.lngLat.lng, e.lngLat.lat]));
  map.getCanvas().addEventListener('mouseleave', () => hover(null));
  map.on('click', (e) => {
    const fid = featureAt(e);
    if (fid) select(fid, [e.lngLat.lng, e.lngLat.lat]);
    else popup.remove();
  });
  // The keyboard path: links to the list items; with the live map they open the popup instead.
  for (const link of host.querySelectorAll<HTMLAnchorElement>('a[data-fid]')) {
    const fid = link.dataset['fid'] ?? '';
    const at = JSON.parse(link.dataset['at'] ?? 'null') as [number, number] | null;
    if (!at) continue;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      select(fid, at);
    });
    link.addEventListener('focus', () => {
      if (!pinned) show(fid, at);
      state(fid, 'hover', true);
    });
    link.addEventListener('blur', () => state(fid, 'hover', false));
  }
}

/** Mounts the live map of a `<MapFigure>` and swaps it in when it has drawn. */
export async function mountFigure(figure: HTMLElement): Promise<void> {
  const container = figure.querySelector<HTMLElement>('.map-live');
  const viewJson = figure.querySelector('script[data-map-view]')?.textContent;
  if (!container || !viewJson) throw new Error(`Map ${figure.id}: no .map-live container or view JSON in the figure.`);
  const view = JSON.parse(viewJson) as MapView;
  const credits = JSON.parse(figure.dataset['mapCredits'] ?? '[]') as string[];
  const live = await createLiveMap(figure, container, view, credits);
  await live.ready;
  figure.dataset['mapLive'] = 'ready';
  // Browser tests read the camera from here; nothing else depends on it.
  figure.dataset['mapBounds'] = JSON.stringify(live.map.getBounds().toArray().flat().map((n) => Math.round(n * 100) / 100));
}
