// Options of a "bar" entry in data/graphics.json.
import { z } from 'zod';
import { id } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import { claimLabels } from '../common/chart-type.ts';

export const barOptions = z.strictObject({
  labels: claimLabels,
  /** With `instructions` instead of claims: the topic whose bar is marked "(this chapter)". */
  highlight: id().optional(),
});

export type BarEntry = ChartEntryOf<'bar', z.output<typeof barOptions>>;
