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
