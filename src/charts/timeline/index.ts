// The "timeline" chart type: instructions on a time axis from the meeting to their deadlines.
import { defineChart } from '../common/chart-type.ts';
import { checkTimeline } from './checks.ts';
import { timelineOptions } from './options.ts';
import { timeline } from './render.ts';
import { timelineSpec } from './spec.ts';

export const timelineChart = defineChart({
  type: 'timeline',
  options: timelineOptions,
  usesInstructions: true,
  check: checkTimeline,
  spec: timelineSpec,
  render: timeline,
  sample: (text) => ({ data: [{ key: text, label: text, date: '2023-12-31', kind: 'date' as const, said: text, note: text }, { key: 'u', label: text, date: null, kind: 'urgent' as const }], options: { today: '2024-01-01', footnote: text } }),
});
