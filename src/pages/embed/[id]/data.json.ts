// /embed/<map id>/data.json: what a map shows, one row per feature, with source, licence and map credits.
// (Charts' data files come from the graphics builder, at /generated/data/<id>.json.)
import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicJson } from '../../../graphics/files.ts';
import { sentenceRefs } from '../../../charts/model/sentences.ts';
import { source } from '../../../data/index.ts';
import { publicSite } from '../../../core/site-url.ts';
import { embedPages } from '../../../embed/pages.ts';
import type { MapEmbed } from '../../../embed/model.ts';

export const getStaticPaths = (async () =>
  (await embedPages()).flatMap((model) => (model.kind === 'map' ? [{ params: { id: model.id }, props: { model } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: MapEmbed }> = ({ props: { model } }) => {
  const { origin } = publicSite();
  const sentences = sentenceRefs([model.table.rows.flatMap((r) => String(r['sentences'] ?? '').split('; ').filter(Boolean).map((href) => href.replace('/speech/#', '')))]);
  const body = graphicJson({ id: model.id, title: model.title, caption: `${model.caption} Map data: ${model.credits.join('; ')}.`, table: model.table, sentences, counted: model.counted }, source, origin);
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
