// The chapters of the story in order, for pages; the ordering rules live in chapter-order.ts.
import { getCollection, type CollectionEntry } from 'astro:content';
import { inStoryOrder } from './chapter-order.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** Every chapter, sorted by `order`; fails the build when two share an order or a topic. */
export async function storyChapters(): Promise<Chapter[]> {
  return inStoryOrder(await getCollection('chapters'));
}

/** URL of a chapter page. */
export const chapterHref = (id: string): string => `/chapters/${id}/`;

/** What embeds need of each chapter to find where a graphic is shown (src/embed/chapter-of.ts). */
export async function chapterSources(): Promise<{ topic: string; order: number; body: string }[]> {
  return (await storyChapters()).map((c) => ({ topic: c.data.topic, order: c.data.order, body: c.body ?? '' }));
}
