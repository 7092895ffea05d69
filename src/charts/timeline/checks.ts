// Data checks of a "timeline" entry: it draws instructions, so it must name some.
import type { CheckContext } from '../common/chart-type.ts';
import type { TimelineEntry } from './options.ts';

export function checkTimeline(entry: TimelineEntry, c: CheckContext): void {
  if (entry.instructions === undefined || entry.instructions.length === 0) c.fail(['instructions'], '', '"all" or a list of instruction ids', 'A timeline draws instructions: add "instructions": "all".');
}
