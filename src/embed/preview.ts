// The preview pictures of the /embeds/ gallery: the image embed's SVG (title, graphic, source) with
// the theme's colours written in, since an SVG shown by <img> sees none of the page's CSS variables.
import { graphicImage } from './image.ts';
import type { EmbedModel } from './model.ts';
import { darkTokens, lightTokens, resolveVariables } from './tokens.ts';

export const PREVIEW_THEMES = ['light', 'dark'] as const;
export type PreviewTheme = (typeof PREVIEW_THEMES)[number];

export function previewPath(id: string, theme: PreviewTheme): string {
  return `/embed/${id}/preview-${theme}.svg`;
}

/** The preview SVG of `model` in `theme`, at the layout width (the PNG is twice that). */
export function previewSvg(model: EmbedModel, host: string, theme: PreviewTheme): string {
  const tokens = theme === 'dark' ? darkTokens() : lightTokens();
  return resolveVariables(graphicImage(model, host).svg, tokens);
}
