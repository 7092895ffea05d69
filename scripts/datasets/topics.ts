// Emits topics.json in chapter order.
import type { Builder } from '../lib/builder.ts';
import { readCsvTable } from '../lib/table.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { topic, type Topic } from '../../src/schemas/topic.ts';

export const topics: Builder<Topic[]> = {
  name: 'topics',
  build(ctx) {
    const table = readCsvTable(ctx, 'topics.csv', topic);
    const problems = [...table.problems];
    const firstWithOrder = new Map<number, number>();
    for (const { line, value } of table.rows) {
      const seen = firstWithOrder.get(value.order);
      if (seen === undefined) firstWithOrder.set(value.order, line);
      else problems.push({ file: table.file, line, field: 'order', received: String(value.order), expected: 'an order no other topic uses', hint: `Line ${seen} has the same order.` });
    }
    const list = table.rows.map((r) => r.value).sort((a, b) => a.order - b.order);
    return { value: list, table, problems, outputs: new Map([[generated('topics'), toJson(list)]]), summary: count(list.length, 'topic') };
  },
};
