import { describe, expect, it } from 'vitest';
import { mapHeight, mapProjection, staticMap } from '../static/static-map.ts';
import { testGeo, testView } from '../testing.ts';
import { liveLabelsSvg } from './live-labels.ts';

const WIDTH = 720;
const height = mapHeight(testView.extent, WIDTH);
const projection = mapProjection(testView.extent, WIDTH);
const project = (lonLat: readonly [number, number]) => projection([lonLat[0], lonLat[1]]) as [number, number] | null;
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>.*?<\/text>/g)].map((m) => m[0]);

describe('liveLabelsSvg', () => {
  it('liveLabelsSvg(view) at the static map\'s frame places exactly the static map\'s wide labels', () => {
    const wide = /<g class="labels labels-wide"[^>]*>(.*?)<\/g>/.exec(staticMap(testGeo, testView))?.[1] ?? '';
    const live = liveLabelsSvg(testGeo, testView, WIDTH, height, project, []);
    expect(texts(wide).length).toBeGreaterThan(3);
    expect(texts(live)).toEqual(texts(wide));
  });
  it('liveLabelsSvg(view) keeps labels off the map\'s buttons', () => {
    const free = texts(liveLabelsSvg(testGeo, testView, WIDTH, height, project, []));
    const covered = texts(liveLabelsSvg(testGeo, testView, WIDTH, height, project, [{ x0: 0, y0: 0, x1: WIDTH, y1: height / 2 }]));
    const y = (t: string) => Number(/ y="([\d.-]+)"/.exec(t)?.[1]);
    expect(covered.length).toBeLessThan(free.length);
    for (const t of covered) expect(y(t)).toBeGreaterThan(height / 2);
  });
  it('liveLabelsSvg(view) draws in CSS variables, so a theme switch recolours the labels', () => {
    const svg = liveLabelsSvg(testGeo, testView, WIDTH, height, project, []);
    expect(svg).toContain('stroke="var(--bg)"');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}"/i);
  });
});
