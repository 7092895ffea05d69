// /embed/<id>/image.png: the graphic with its title and source as one image, for places that refuse iframes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import type { EmbedModel } from '../../../embed/model.ts';
import { graphicImage } from '../../../embed/image.ts';
import { svgToPng } from '../../../embed/png.ts';

export const getStaticPaths = (async () => (await embedPages()).map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: EmbedModel }> = async ({ props: { model }, site }) => {
  const image = graphicImage(model, (site ?? new URL('http://localhost:4321')).host);
  return new Response((await svgToPng(image.svg, { width: image.width })).slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
