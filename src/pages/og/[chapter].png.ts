// /og/<topic-id>.png: one 1200×630 social card per chapter, rendered at build from the topic's title and summary.
import type { APIRoute, GetStaticPaths } from 'astro';
import { topics } from '../../data/index.ts';
import type { Topic } from '../../schemas/topic.ts';
import { chapterCardPng } from '../../embed/chapter-card.ts';
import { site } from '../../core/site.ts';

export const getStaticPaths = (() => topics.map((topic) => ({ params: { chapter: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props }) =>
  new Response((await chapterCardPng(site.title, props.topic)).slice().buffer, { headers: { 'Content-Type': 'image/png' } });
