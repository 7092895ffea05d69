// /embed/<id>/preview-light.svg and preview-dark.svg: the image embed as a small SVG with literal
// colours, for the /embeds/ gallery (a tenth of the PNG's bytes; an <img> runs nothing inside it).
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import type { EmbedModel } from '../../../embed/model.ts';
import { previewSvg, PREVIEW_THEMES } from '../../../embed/preview.ts';
import type { PreviewTheme } from '../../../embed/preview.ts';

export const getStaticPaths = (() =>
  embedPages().flatMap((model) => PREVIEW_THEMES.map((theme) => ({ params: { id: model.id, theme }, props: { model, theme } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: EmbedModel; theme: PreviewTheme }> = ({ props: { model, theme }, site }) =>
  new Response(previewSvg(model, (site ?? new URL('http://localhost:4321')).host, theme), { headers: { 'Content-Type': 'image/svg+xml' } });
