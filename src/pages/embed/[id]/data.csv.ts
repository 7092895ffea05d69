// /embed/<map id>/data.csv: what a map shows, one row per feature; source, licence and map credits are in data.json beside it.
// (Charts' data files come from the graphics builder, at /generated/data/<id>.csv.)
import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicCsv } from '../../../graphics/files.ts';
import { sentenceRefs } from '../../../charts/model/sentences.ts';
import { publicSite } from '../../../core/site-url.ts';
import { embedPages } from '../../../embed/pages.ts';
import type { MapEmbed } from '../../../embed/model.ts';

export const getStaticPaths = (async () =>
  (await embedPages()).flatMap((model) => (model.kind === 'map' ? [{ params: { id: model.id }, props: { model } }] : []))) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: MapEmbed }> = ({ props: { model } }) => {
  const { origin } = publicSite();
  const sentences = sentenceRefs([model.table.rows.flatMap((r) => String(r['sentences'] ?? '').split('; ').filter(Boolean).map((href) => href.replace('/speech/#', '')))]);
  const body = graphicCsv({ id: model.id, title: model.title, caption: model.caption, table: model.table, sentences, counted: model.counted }, origin);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
