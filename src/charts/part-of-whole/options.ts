// Options of a "part-of-whole" entry in data/graphics.json.
import { z } from 'zod';
import { id } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import { claimLabels } from '../common/chart-type.ts';

export const partOfWholeOptions = z.strictObject({
  labels: claimLabels,
  /** Claim id whose value is the whole (default 100, for percentages). */
  total: id().optional(),
});

export type PartOfWholeEntry = ChartEntryOf<'part-of-whole', z.output<typeof partOfWholeOptions>>;
