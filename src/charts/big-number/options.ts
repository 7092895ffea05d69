// Options of a "big-number" entry in data/graphics.json.
import { z } from 'zod';
import type { ChartEntryOf } from '../../schemas/graphic.ts';
import { claimLabels } from '../common/chart-type.ts';

export const bigNumberOptions = z.strictObject({ labels: claimLabels });

export type BigNumberEntry = ChartEntryOf<'big-number', z.output<typeof bigNumberOptions>>;
