// /embed/<id>/oembed.json: the oEmbed response, a static file (discovery <link> on the embed page).
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedPages } from '../../../embed/pages.ts';
import { oembed } from '../../../embed/oembed.ts';
import type { EmbedModel } from '../../../embed/model.ts';
import { site } from '../../../core/site.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../embed/card.ts';

export const getStaticPaths = (async () => (await embedPages()).map((model) => ({ params: { id: model.id }, props: { model } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: EmbedModel }> = ({ props: { model }, site: origin }) => {
  const body = oembed({
    site: (origin ?? new URL('http://localhost:4321')).origin,
    id: model.id,
    title: model.title,
    height: model.height,
    providerName: site.title,
    thumbnail: { path: `/embed/${model.id}/card.png`, width: CARD_WIDTH, height: CARD_HEIGHT },
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
