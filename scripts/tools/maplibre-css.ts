// `npm run maplibre-css`: writes src/maps/client/maplibre.css, MapLibre's stylesheet without the rules of controls
// and features the live maps never create (compass, geolocate, fullscreen, terrain, globe, scale, logo, markers, box zoom,
// cooperative gestures): a reader's first interaction then downloads ~2 kB of it instead of 10 kB. A unit test says when to rerun.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Selectors naming any of these are for something src/maps/client/live.ts does not add. */
export const UNUSED = ['compass', 'geolocate', 'fullscreen', 'shrink', 'terrain', 'globe', 'scale', 'logo', 'marker', 'user-location', 'boxzoom', 'cooperative-gesture', 'ctrl-top-left', 'ctrl-bottom-left'];

interface Block { prelude: string; body: string }

/** Top-level blocks of minified CSS: `prelude{body}`, with nested braces kept in the body. */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

const used = (selector: string): boolean => !UNUSED.some((word) => selector.includes(word));

/** The stylesheet with the unused selectors, rules, media blocks and keyframes left out. */
export function trimMaplibreCss(css: string): string {
  const keep = (list: Block[]): string => list.map(({ prelude, body }) => {
    if (prelude.startsWith('@keyframes')) return used(prelude) ? `${prelude}{${body}}` : '';
    if (prelude.startsWith('@')) {
      const inner = keep(blocks(body));
      return inner === '' ? '' : `${prelude}{${inner}}`;
    }
    const selectors = prelude.split(',').filter(used);
    return selectors.length === 0 ? '' : `${selectors.join(',')}{${body}}`;
  }).join('');
  return keep(blocks(css.replace(/\/\*[\s\S]*?\*\//g, '')));
}

export const SOURCE = 'node_modules/maplibre-gl/dist/maplibre-gl.css';
export const TARGET = 'src/maps/client/maplibre.css';
export const header = (version: string): string => `/* Written by scripts/tools/maplibre-css.ts (npm run maplibre-css) from maplibre-gl ${version}'s stylesheet. Do not edit. */\n`;

/** The file `npm run maplibre-css` writes, from the installed maplibre-gl. */
export function maplibreCss(root: string): string {
  const version = (JSON.parse(readFileSync(join(root, 'node_modules/maplibre-gl/package.json'), 'utf8')) as { version: string }).version;
  return `${header(version)}${trimMaplibreCss(readFileSync(join(root, SOURCE), 'utf8'))}\n`;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '../..');
  const text = maplibreCss(root);
  writeFileSync(join(root, TARGET), text);
  console.log(`maplibre-css: wrote ${TARGET} (${text.length} bytes, from ${readFileSync(join(root, SOURCE), 'utf8').length})`);
}
