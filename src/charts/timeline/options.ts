// Options of a "timeline" entry in data/graphics.json.
import { z } from 'zod';
import { oneOf } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';

const TIMELINE_KINDS = ['date', 'urgent', 'open', 'none'] as const;

export const timelineOptions = z.strictObject({
  /** Deadline kinds to draw (default all); the others are counted in a note under the chart. */
  kinds: z.array(oneOf(TIMELINE_KINDS)).min(1).optional(),
});

export type TimelineEntry = ChartEntryOf<'timeline', z.output<typeof timelineOptions>>;
