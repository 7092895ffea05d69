// The "units" chart type: countable things as squares: blocks that add up, or nested claims.
import { defineChart } from '../common/chart-type.ts';
import { checkUnits } from './checks.ts';
import { unitsOptions } from './options.ts';
import { units } from './render.ts';
import { unitsSpec } from './spec.ts';

export const unitsChart = defineChart({
  type: 'units',
  options: unitsOptions,
  usesInstructions: false,
  check: checkUnits,
  spec: unitsSpec,
  render: units,
  sample: (text) => ({ data: [{ key: text, label: text, count: 3, style: 'hatched' as const, colour: 'c-blue' }], options: { layout: 'row' as const } }),
});
