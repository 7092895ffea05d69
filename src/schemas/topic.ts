import { z } from 'zod';
import { id, text, wholeNumber } from './fields.ts';

/** A theme of the speech; one chapter each (data/topics.csv). */
export const topic = z.object({
  /** Stable kebab-case id, used by every other dataset's `topic`. */
  id: id(),
  /** Chapter title as readers see it. */
  title: text(),
  /** Position of the chapter, from 1. */
  order: wholeNumber(),
  /** One or two sentences on what the speech says about the theme. */
  summary: text().refine((s) => !s.startsWith('TODO'), { message: 'a summary written for readers, not the TODO npm run new:chapter leaves', params: { hint: 'Write one or two sentences on what the speech says about the theme.' } }),
});

export type Topic = z.output<typeof topic>;
