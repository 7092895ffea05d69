import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { BuildContext } from '../lib/builder.ts';
import { formatProblem } from '../lib/report.ts';
import { maps } from './maps.ts';

/** A build context over a temporary data folder holding only `maps.json`, with topics gas and sugar. */
function context(list: unknown): BuildContext {
  const root = mkdtempSync(join(tmpdir(), 'maps-builder-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'maps.json'), typeof list === 'string' ? list : JSON.stringify(list, null, 2));
  const topics = [{ id: 'gas' }, { id: 'sugar' }];
  return {
    root, dataDir: join(root, 'data'), inputsDir: join(root, '.inputs'), mirrorDir: root, today: '2024-06-01',
    earlier: new Map<string, unknown>([['topics', topics]]),
    tables: new Map([['topics', { file: 'data/topics.csv', ids: new Set(topics.map((t) => t.id)), rows: topics.map((value, i) => ({ line: i + 2, value })) }]]),
  };
}
const map = (m: Record<string, unknown>) => ({
  id: 'gas', title: 'Gas', caption: 'The pipelines.', description: 'Pipelines and districts.', extent: [75.8, 43, 83, 47.6], accent: 'c-yellow',
  topics: ['gas'], route_kinds: ['gas-pipeline'], route_mode: 'topic', district_mode: 'topic', place_mode: 'topic', district_centres: false, ...m,
});
async function messages(list: unknown): Promise<string[]> {
  return (await maps.build(context(list))).problems.map((p) => formatProblem(p));
}

describe('maps builder', () => {
  it('maps.build(valid list) emits src/generated/maps.json with camelCase keys, and no problems', async () => {
    const result = await maps.build(context([map({}), map({ id: 'all', topics: 'all', route_kinds: [], district_mode: 'count' })]));
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe('2 maps');
    const out = JSON.parse(String(result.outputs.get('src/generated/maps.json') ?? '[]')) as Array<Record<string, unknown>>;
    expect(out.map((m) => [m['id'], m['title'], m['routeKinds'], m['districtMode']])).toEqual([['gas', 'Gas', ['gas-pipeline'], 'topic'], ['all', 'Gas', [], 'count']]);
  });
  it('maps.build(mistakes) names the file, line, field, value, what was expected and the fix', async () => {
    const found = await messages([
      map({ topics: ['gaz'] }),
      map({ id: 'flipped', extent: [83, 43, 75.8, 47.6] }),
      map({ id: 'far', extent: [75.8, 43, 95, 47.6] }),
      map({ id: 'pink', accent: 'c-pink' }),
      map({ id: 'typo', titel: 'Gas' }),
    ]);
    expect(found).toEqual([
      'data/maps.json:82 [3].accent: received "c-pink", expected one of: c-blue, c-orange, c-green, c-sky, c-purple, c-yellow, c-red. Write one of the values exactly as listed.',
      'data/maps.json:116 [4].titel: received "titel", expected only the documented properties (id, title, caption, description, extent, accent, topics, route_kinds, route_mode, district_mode, place_mode, district_centres). Did you mean title? Rename the property.',
      'data/maps.json:2 [0].topics[0]: received "gaz", expected a topic id from data/topics.csv. Did you mean gas? Otherwise add a row for gaz to data/topics.csv.',
      'data/maps.json:25 [1].extent: received "[83,43,75.8,47.6]", expected west < east and south < north ([west, south, east, north] in degrees). Swap the numbers that are the wrong way round.',
      'data/maps.json:48 [2].extent[2]: received "95", expected the east edge inside the mapped data [73, 41.8, 86, 49.6]. Frame the view inside the data extent (src/maps/model/extents.ts), or widen that extent and rebuild.',
    ]);
  });
  it('maps.build(no caption) says the caption is needed', async () => {
    const { caption: _, ...noCaption } = map({});
    const [problem] = (await maps.build(context([noCaption]))).problems;
    expect(problem).toMatchObject({ file: 'data/maps.json', field: '[0].caption', received: 'nothing (the property is missing)' });
  });
});
