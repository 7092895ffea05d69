import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET, maplibreCss, trimMaplibreCss } from './maplibre-css.ts';

const root = resolve(import.meta.dirname, '../..');

describe('trimMaplibreCss', () => {
  it('trimMaplibreCss(css) drops the selectors of unused controls, keeps the rest of a shared rule and empties no media block', () => {
    const css = '.maplibregl-map{overflow:hidden}.a .maplibregl-ctrl-compass,.maplibregl-ctrl-zoom-in{x:1}.maplibregl-ctrl-geolocate{y:2}@media(forced-colors:active){.maplibregl-ctrl-fullscreen{z:3}}@media(hover:hover){.maplibregl-popup{w:4}}@keyframes maplibregl-user-location-dot-pulse{0%{a:1}}';
    expect(trimMaplibreCss(css)).toBe('.maplibregl-map{overflow:hidden}.maplibregl-ctrl-zoom-in{x:1}@media(hover:hover){.maplibregl-popup{w:4}}');
  });
  it('maplibreCss(root) is what src/maps/client/maplibre.css holds: rerun `npm run maplibre-css` after a maplibre-gl upgrade', () => {
    expect(readFileSync(join(root, TARGET), 'utf8')).toBe(maplibreCss(root));
  });
  it('maplibreCss(root) keeps what the live maps create: zoom buttons, compact attribution, popups, the canvas', () => {
    const css = maplibreCss(root);
    for (const cls of ['maplibregl-map', 'maplibregl-canvas', 'maplibregl-ctrl-zoom-in', 'maplibregl-ctrl-zoom-out', 'maplibregl-ctrl-attrib-button', 'maplibregl-compact', 'maplibregl-popup-tip', 'maplibregl-popup-close-button']) expect(css).toContain(`.${cls}`);
    expect(css).not.toContain('compass');
  });
});
