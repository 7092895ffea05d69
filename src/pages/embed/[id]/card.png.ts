// /embed/<id>/card.png: the 1200×630 social card (og:image, oEmbed thumbnail), rendered at build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import type { EmbedModel } from '../../../embed/model.ts';
import { CARD_WIDTH, socialCardSvg } from '../../../embed/card.ts';
import { CARD_FOOTER } from '../../../embed/chapter-card.ts';
import { svgToPng } from '../../../embed/png.ts';
import { site } from '../../../core/site.ts';

export const getStaticPaths = (async () => (await embedPages()).map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: EmbedModel }> = async ({ props: { model } }) => {
  const svg = socialCardSvg({ kicker: `${site.title} · ${model.chapter.title}`, title: model.title, graphic: model.graphic, footer: CARD_FOOTER });
  return new Response((await svgToPng(svg, { width: CARD_WIDTH })).slice().buffer, { headers: { 'Content-Type': 'image/png' } });
};
