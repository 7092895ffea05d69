// The chapters collection: one MDX file per chapter in content/chapters/, frontmatter checked against the datasets.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema.ts';
import { loadKnownIds, type KnownIds } from './lib/known-ids.ts';

let cache: KnownIds | undefined;

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
    schema: chapterSchema(() => (cache ??= loadKnownIds(process.cwd()))),
  }),
};
