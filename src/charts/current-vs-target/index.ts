// The "current-vs-target" chart type: today's value against its target, one scale per row.
import { defineChart } from '../common/chart-type.ts';
import { checkCurrentVsTarget } from './checks.ts';
import { currentVsTargetOptions } from './options.ts';
import { currentVsTarget } from './render.ts';
import { currentVsTargetSpec } from './spec.ts';

export const currentVsTargetChart = defineChart({
  type: 'current-vs-target',
  options: currentVsTargetOptions,
  usesInstructions: false,
  check: checkCurrentVsTarget,
  spec: currentVsTargetSpec,
  render: currentVsTarget,
  sample: (text) => ({ data: [{ key: text, label: text, current: 1, target: 2, targetLabel: text, currentLabel: text }], options: {} }),
});
