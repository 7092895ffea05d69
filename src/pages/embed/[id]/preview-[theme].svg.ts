// /embed/<id>/preview-light.svg and preview-dark.svg: the graphic as a small SVG with literal colours,
// for the /embeds/ gallery (a twentieth of the PNG's bytes; an <img> runs nothing inside it).
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import type { EmbedModel } from '../../../embed/model.ts';
import { previewSvg, PREVIEW_THEMES } from '../../../embed/preview.ts';
import type { PreviewTheme } from '../../../embed/preview.ts';

export const getStaticPaths = (async () =>
  (await embedPages()).flatMap((model) => PREVIEW_THEMES.map((theme) => ({ params: { id: model.id, theme }, props: { model, theme } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: EmbedModel; theme: PreviewTheme }> = ({ props: { model, theme } }) =>
  new Response(previewSvg(model, theme).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
