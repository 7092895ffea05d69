// The "part-of-whole" chart type: shares as progress bars: percentages of 100, or parts of a whole claim.
import { defineChart } from '../common/chart-type.ts';
import { checkPartOfWhole } from './checks.ts';
import { partOfWholeOptions } from './options.ts';
import { partOfWhole } from './render.ts';
import { partOfWholeSpec } from './spec.ts';

export const partOfWholeChart = defineChart({
  type: 'part-of-whole',
  options: partOfWholeOptions,
  usesInstructions: false,
  check: checkPartOfWhole,
  spec: partOfWholeSpec,
  render: partOfWhole,
  sample: (text) => ({ data: [{ key: text, label: text, value: 30 }], options: {} }),
});
