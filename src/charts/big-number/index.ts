// The "big-number" chart type: one to four figures as cards, each with its quote.
import { defineChart } from '../common/chart-type.ts';
import { checkBigNumber } from './checks.ts';
import { bigNumberOptions } from './options.ts';
import { bigNumber } from './render.ts';
import { bigNumberSpec } from './spec.ts';

export const bigNumberChart = defineChart({
  type: 'big-number',
  options: bigNumberOptions,
  usesInstructions: false,
  check: checkBigNumber,
  spec: bigNumberSpec,
  render: bigNumber,
  sample: (text) => ({ data: [{ key: text, value: 12000000000, measure: text, quote: text, valueLabel: text }], options: {} }),
});
