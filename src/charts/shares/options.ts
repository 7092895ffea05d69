// Options of a "shares" entry in data/graphics.json.
import { z } from 'zod';
import { id, text } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import { claimLabels } from '../common/chart-type.ts';

export const sharesOptions = z.strictObject({
  labels: claimLabels,
  /** The claim drawn as this chapter's row; the others are drawn for comparison. */
  highlight: id().optional(),
  /** Targets drawn on a share's row: the share's claim id → the target claim id and the words under its tick. */
  targets: z.array(z.strictObject({ share: id(), target: id(), label: text() })).optional(),
});

export type SharesEntry = ChartEntryOf<'shares', z.output<typeof sharesOptions>>;
