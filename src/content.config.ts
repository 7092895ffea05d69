// The chapters collection: one MDX file per chapter in content/chapters/, frontmatter checked against the datasets.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';
import { loadChapterIds, type KnownIds } from './lib/known-ids.ts';

let cache: Pick<KnownIds, 'claim' | 'topic'> | undefined;

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
    schema: chapterSchema(() => (cache ??= loadChapterIds(process.cwd()))),
  }),
};
