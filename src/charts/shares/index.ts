// The "shares" chart type: several percentages on one scale, one marked as the chapter's, targets as ticks.
import { defineChart } from '../common/chart-type.ts';
import { checkShares } from './checks.ts';
import { sharesOptions } from './options.ts';
import { shares } from './render.ts';
import { sharesSpec } from './spec.ts';

export const sharesChart = defineChart({
  type: 'shares',
  options: sharesOptions,
  usesInstructions: false,
  check: checkShares,
  spec: sharesSpec,
  render: shares,
  sample: (text) => ({ data: [{ key: text, label: text, value: 30, target: { value: 50, label: text } }, { key: 'b', label: text, value: 70 }], options: { highlight: text } }),
});
