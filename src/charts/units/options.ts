// Options of a "units" entry in data/graphics.json.
import { z } from 'zod';
import { id, oneOf } from '../../schemas/fields.ts';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import { claimLabels } from '../common/chart-type.ts';

const UNIT_STYLES = ['filled', 'outline', 'hatched'] as const;

export const unitsOptions = z.strictObject({
  /** "blocks": one grid per claim, added up; "nested": claims from the smallest to the whole, each containing the one before. Default "blocks". */
  layout: oneOf(['blocks', 'nested']).optional(),
  labels: claimLabels,
  /** Square style by claim id. */
  styles: z.record(id(), oneOf(UNIT_STYLES)).optional(),
});

export type UnitsEntry = ChartEntryOf<'units', z.output<typeof unitsOptions>>;
