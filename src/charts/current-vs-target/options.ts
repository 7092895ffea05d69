// Options of a "current-vs-target" entry in data/graphics.json.
import { z } from 'zod';
import { id, text } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';

export const currentVsTargetOptions = z.strictObject({
  /** One scale per row; every claim named here must be in the entry's claims. */
  rows: z.array(z.strictObject({
    /** Claim id of the target. */
    target: id(),
    /** Claim id of today's value; leave out when the speech gives none (the chart says so). */
    current: id().optional(),
    /** Row heading; default the target claim's measure. */
    label: text().optional(),
  })).min(1, { error: 'at least one row { "target": "<claim id>" }' }),
});

export type CurrentVsTargetEntry = ChartEntryOf<'current-vs-target', z.output<typeof currentVsTargetOptions>>;
