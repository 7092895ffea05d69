// The preview pictures of the /embeds/ gallery: the graphic alone (the gallery prints its title
// and source as text), with the theme's colours written in, since an SVG shown by <img> sees none of
// the page's CSS variables, and in the page's font stack, since an <img> can load no font.
import { placeSvg } from './card.ts';
import type { EmbedModel } from './model.ts';
import { darkTokens, lightTokens, resolveVariables } from './tokens.ts';

export const PREVIEW_THEMES = ['light', 'dark'] as const;
export type PreviewTheme = (typeof PREVIEW_THEMES)[number];

/** Width of the preview in SVG units: the 640 px column the embeds are sized for. */
export const PREVIEW_WIDTH = 640;
const PAD = 16;

export function previewPath(id: string, theme: PreviewTheme): string {
  return `/embed/${id}/preview-${theme}.svg`;
}

/** The preview of `model` in `theme`, with its size for the <img> width and height. */
export function previewSvg(model: EmbedModel, theme: PreviewTheme): { svg: string; width: number; height: number } {
  const placed = placeSvg(model.graphic, PAD, PAD, PREVIEW_WIDTH - 2 * PAD);
  const height = Math.ceil(placed.height + 2 * PAD);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PREVIEW_WIDTH} ${height}" width="${PREVIEW_WIDTH}" height="${height}" font-family="var(--font-body)"><rect width="100%" height="100%" fill="var(--bg)"/>${placed.markup}</svg>`;
  return { svg: resolveVariables(svg, theme === 'dark' ? darkTokens() : lightTokens()), width: PREVIEW_WIDTH, height };
}
