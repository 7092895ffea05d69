// MapLibre needs colour values, not CSS variables: the live map reads the design tokens once
// from the page (so dark mode and print follow tokens.css) and hands them to the layer factories.

export const MAP_TOKENS = [
  'bg', 'surface', 'fg', 'muted', 'rule', 'grid', 'highlight',
  'c-blue', 'c-orange', 'c-green', 'c-sky', 'c-purple', 'c-yellow', 'c-red', 'c-neutral', 'water',
] as const;
export type Palette = Readonly<Record<string, string>>;

/** The tokens' values as the page computes them (call in the browser). */
export function readPalette(element: Element, getStyle: (el: Element) => { getPropertyValue(name: string): string } = getComputedStyle): Palette {
  const style = getStyle(element);
  return Object.fromEntries(MAP_TOKENS.map((t) => [t, style.getPropertyValue(`--${t}`).trim() || '#808080']));
}

/** A token's colour, or an error naming it (a symbol that uses a token the palette lacks). */
export function colour(palette: Palette, token: string): string {
  const value = palette[token];
  if (value === undefined) throw new Error(`Map palette has no colour for token "${token}"; add it to MAP_TOKENS in src/maps/palette.ts.`);
  return value;
}
