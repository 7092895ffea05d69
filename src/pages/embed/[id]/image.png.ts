// /embed/<id>/image.png: the graphic with its title and source as one image, for places that refuse iframes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import type { EmbedModel } from '../../../embed/chart-embed.ts';
import { graphicImageSvg } from '../../../embed/card.ts';
import { svgToPng } from '../../../embed/png.ts';

export const getStaticPaths = (() => embedPages().map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

/** Twice the layout width, for sharp images on high-density screens. */
export const IMAGE_SCALE = 2;

export const GET: APIRoute<{ model: EmbedModel }> = ({ props: { model }, site }) => {
  const host = (site ?? new URL('http://localhost:4321')).host;
  const image = graphicImageSvg({ title: model.title, graphic: model.wide.svg, source: `Source: ${model.source}.`, url: `${host}${model.chapter.href}` });
  return new Response(svgToPng(image.svg, { width: image.width * IMAGE_SCALE }).slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
