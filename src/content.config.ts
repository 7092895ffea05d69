// The chapters collection: one MDX file per chapter in content/chapters/, frontmatter checked against the datasets.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { chapterSchema } from './content/chapter-schema.ts';
import { loadChapterIdsFresh } from './content/known-ids.ts';

const files = glob({ pattern: '*.mdx', base: './content/chapters' });

/** The glob loader, except that a data rebuild in dev (src/content/editor-loop.ts) re-validates every chapter. */
const chapters: Loader = {
  name: 'chapters',
  load: async (context) => {
    // The glob loader skips files whose text is unchanged; new ids can make an unchanged chapter valid or invalid.
    if (context.refreshContextData?.['dataChanged']) context.store.clear();
    await files.load(context);
  },
};

export const collections = {
  chapters: defineCollection({
    loader: chapters,
    schema: chapterSchema(() => loadChapterIdsFresh(process.cwd())),
  }),
};
