// The "bar" chart type: horizontal bars of claims in one unit, or of instructions counted by topic.
import { defineChart } from '../common/chart-type.ts';
import { checkBar } from './checks.ts';
import { barOptions } from './options.ts';
import { bar } from './render.ts';
import { barSpec } from './spec.ts';

export const barChart = defineChart({
  type: 'bar',
  options: barOptions,
  usesInstructions: true,
  check: checkBar,
  spec: barSpec,
  render: bar,
  sample: (text) => ({ data: [{ key: text, label: text, value: 3 }, { key: 'b', label: 'b', value: 1 }], options: {} }),
});
