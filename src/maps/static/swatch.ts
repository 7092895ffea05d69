// A legend swatch as a small inline SVG, drawn with the same symbols as the maps.
import { attrs, paint } from '../../charts/common/svg.ts';
import type { Swatch } from '../model/legend.ts';

export function swatchSvg(swatch: Swatch, palette?: Readonly<Record<string, string>>): string {
  const open = `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 28 14', width: 28, height: 14, 'aria-hidden': 'true', class: 'map-swatch' })}>`;
  let body = '';
  switch (swatch.type) {
    case 'fill':
      body = `<rect${attrs({ x: 1, y: 1, width: 26, height: 12, fill: paint(swatch.colour, palette), 'fill-opacity': swatch.opacity === 1 ? undefined : swatch.opacity, stroke: paint('rule', palette), 'stroke-width': 0.5 })}/>`;
      break;
    case 'line': {
      const s = swatch.symbol;
      const line = (width: number, dash: readonly number[]) =>
        `<line${attrs({ x1: 1, y1: 7, x2: 27, y2: 7, stroke: paint(s.colour, palette), 'stroke-width': width, 'stroke-dasharray': dash.length > 0 ? dash.map((d) => d * width).join(' ') : undefined })}/>`;
      body = line(s.width, s.dash) + (s.ticks ? line(s.ticks.width, s.ticks.dash) : '');
      break;
    }
    case 'circle':
      body = `<circle${attrs({ cx: 14, cy: 7, r: swatch.r, fill: paint(swatch.colour, palette), stroke: paint('bg', palette), 'stroke-width': 1 })}/>`;
      break;
    case 'arrow':
      body = `<path${attrs({ d: 'M2,7H20M18,3L25,7L18,11Z', stroke: paint(swatch.colour, palette), fill: paint(swatch.colour, palette), 'stroke-width': 1.5 })}/>`;
      break;
  }
  return `${open}${body}</svg>`;
}
