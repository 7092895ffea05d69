import { publicSite } from '../../src/core/site-url.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { BuildContext, TableInfo } from '../lib/builder.ts';
import { formatProblem } from '../lib/report.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Instruction } from '../../src/schemas/instruction.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import type { Source } from '../../src/schemas/source.ts';
import { graphics } from './graphics.ts';
import { UNCHECKED, type Tracked } from '../../src/schemas/followup.ts';

const claim = (id: string, value: number, unit: Claim['unit'], extra: Partial<Claim> = {}): Claim => ({
  id, value, unit, qualifier: 'exact', basis: 'stated', measure: `measure of ${id}`, asOf: null, sinceYear: null, targetYear: null, topic: 'gas', districts: [], places: [],
  projects: [], quote: `quote of ${id}`, note: null, sentences: ['p4s1'], ...extra,
});
const claims = [
  claim('water-supply', 90, 'percent'), claim('gas-coverage', 10, 'percent'), claim('unused-land', 100000, 'hectares'),
  claim('factories-zhetysu', 2, 'factories'), claim('factories-country', 4, 'factories'),
  claim('sport-now', 34, 'percent', { asOf: 2022 }), claim('sport-target', 50, 'percent', { targetYear: 2025 }),
];
const instructions: Tracked<Instruction>[] = [{
  id: 'gas-by-2025', kind: 'instruction', action: 'Supply gas', responsible: ['not-named'], deadlineSaid: 'by 2025', deadline: '2025-12-31',
  deadlineKind: 'date', topic: 'gas', districts: [], places: [], projects: [], claims: [], quote: 'provide gas', note: null, followup: UNCHECKED, sentences: ['p21s2'],
}];
const topics: Topic[] = [{ id: 'gas', title: 'Gas', order: 1, summary: 's' }, { id: 'sugar', title: 'Sugar', order: 2, summary: 's' }];
const source: Source = {
  id: 'src', title: 'The head of state held a meeting', outlet: 'Kazakhstanskaya Pravda', language: 'en', meetingDate: '2022-10-20',
  meetingPlace: 'Taldykorgan', speaker: 'Kassym-Jomart Tokayev', urlNote: 'n', abridgedNote: 'n', licenceNote: 'Quoted with attribution.', input: 'speech', knownDefects: [],
};
const table = (file: string, list: { id: string }[]): TableInfo => ({ file, ids: new Set(list.map((x) => x.id)), rows: list.map((value, i) => ({ line: i + 2, value })) });

/** A build context over a temporary data folder holding only `graphics.json`. */
function context(catalogue: unknown): BuildContext {
  const root = mkdtempSync(join(tmpdir(), 'graphics-builder-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'graphics.json'), typeof catalogue === 'string' ? catalogue : JSON.stringify(catalogue, null, 2));
  return {
    root, dataDir: join(root, 'data'), inputsDir: join(root, '.inputs'), mirrorDir: root,
    earlier: new Map<string, unknown>([['claims', claims], ['instructions', instructions], ['topics', topics], ['source', source]]),
    tables: new Map([['claims', table('data/claims.csv', claims)], ['instructions', table('data/instructions.csv', instructions)], ['topics', table('data/topics.csv', topics)]]),
    today: '2026-12-01',
  };
}
const entry = (e: Record<string, unknown>) => ({ title: 'T', caption: 'C.', chapter: 'gas', ...e });
async function messages(catalogue: unknown): Promise<string[]> {
  const result = await graphics.build(context(catalogue));
  return result.problems.map((p) => formatProblem(p));
}

describe('graphics builder', () => {
  it('graphics.build(valid catalogue) emits the catalogue and a CSV and JSON per chart, and no problems', async () => {
    const result = await graphics.build(context([
      entry({ id: 'utilities', type: 'bar', claims: ['water-supply', 'gas-coverage'] }),
      entry({ id: 'deadlines', type: 'timeline', instructions: 'all' }),
    ]));
    expect(result.problems).toEqual([]);
    expect([...result.outputs.keys()].sort()).toEqual([
      'public/generated/data/deadlines.csv', 'public/generated/data/deadlines.json',
      'public/generated/data/utilities.csv', 'public/generated/data/utilities.json', 'src/generated/graphics.json',
    ]);
    const csv = String(result.outputs.get('public/generated/data/utilities.csv'));
    const json = String(result.outputs.get('public/generated/data/utilities.json'));
    expect(json).toContain('"source": "Kassym-Jomart Tokayev');
    expect(json).toContain('Taldykorgan, 20 Oct 2022 (Kazakhstanskaya Pravda, English text): “');
    expect(json).toContain('"licence": "Quoted with attribution.');
    expect(csv.startsWith('\uFEFFlabel,')).toBe(true);
    expect(csv).toContain(`\r\nMeasure of water-supply,90%,,quote of water-supply,Stated in the speech,water-supply,stated,90,percent,exact,,,,p4s1,${publicSite().origin}/speech/#p4s1\r\n`);
    expect(result.summary).toBe('2 graphics: 2 charts with their data files, 0 maps');
  });

  it('graphics.build(unknown claim id) names the file, JSON path, line, bad id and the nearest ids', async () => {
    const result = await graphics.build(context([entry({ id: 'utilities', type: 'bar', claims: ['water-supply', 'gas-coverag'] })]));
    expect(result.problems).toEqual([{
      file: 'data/graphics.json', line: 10, field: '[0].claims[1]', received: 'gas-coverag',
      expected: 'a claim id from data/claims.csv', hint: 'Did you mean gas-coverage? Otherwise add a row for gas-coverag to data/claims.csv.',
    }]);
    expect(result.outputs.has('public/generated/data/utilities.csv')).toBe(false);
  });

  it('graphics.build(bad references) reports chapters, instructions and option ids with suggestions', async () => {
    expect(await messages([
      entry({ id: 'a', type: 'timeline', chapter: 'gaz', instructions: ['gas-by-2026'] }),
      entry({ id: 'b', type: 'big-number', claims: ['unused-land'], options: { labels: { 'water-supply': 'x' } } }),
    ])).toMatchInlineSnapshot(`
      [
        "data/graphics.json:5 [0].chapter: received "gaz", expected a topic id from data/topics.csv. Did you mean gas? Otherwise add a row for gaz to data/topics.csv.",
        "data/graphics.json:9 [0].instructions[0]: received "gas-by-2026", expected an instruction id from data/instructions.csv. Did you mean gas-by-2025? Otherwise add a row for gas-by-2026 to data/instructions.csv.",
        "data/graphics.json:23 [1].options.labels.water-supply: received "water-supply", expected a claim id that is also in this entry's "claims". Add "water-supply" to "claims" so its quote is linked, or fix the id.",
      ]
    `);
  });

  it('graphics.build(type-specific mistakes) explains what each type needs', async () => {
    expect(await messages([
      entry({ id: 'mixed', type: 'bar', claims: ['water-supply', 'unused-land'] }),
      entry({ id: 'lonely', type: 'bar', claims: ['water-supply'] }),
      entry({ id: 'shares', type: 'part-of-whole', claims: ['unused-land'] }),
      entry({ id: 'nested', type: 'units', claims: ['factories-country', 'factories-zhetysu'], options: { layout: 'nested' } }),
      entry({ id: 'money', type: 'units', claims: ['water-supply'] }),
      entry({ id: 'cvt', type: 'current-vs-target', claims: ['sport-now', 'sport-target', 'gas-coverage'], options: { rows: [{ current: 'sport-now', target: 'sport-target' }] } }),
      entry({ id: 'tl', type: 'timeline' }),
      entry({ id: 'none', type: 'big-number' }),
      { id: 'm', type: 'map', chapter: 'gas' },
    ])).toMatchInlineSnapshot(`
      [
        "data/graphics.json:8 [0].claims: received "percent, hectares", expected claims in one unit (a bar chart compares like with like). Show figures in different units as "big-number" cards instead of on one scale.",
        "data/graphics.json:19 [1].claims: received "water-supply", expected at least two claim ids (a bar chart compares figures). Use "big-number" for a single figure.",
        "data/graphics.json:30 [2].claims[0]: received "unused-land (hectares)", expected a claim in percent, or an "options.total" claim that is the whole. Add "options": { "total": "<claim id of the whole>" }.",
        "data/graphics.json:41 [3].claims[1]: received "factories-zhetysu (2) after factories-country (4)", expected nested claims from the smallest to the whole. Reorder "claims" so each one contains the one before it.",
        "data/graphics.json:54 [4].claims[0]: received "water-supply (percent)", expected a claim that counts things (factories, villages, posts, projects, facilities, districts, universities, people, jobs, count, containers). Show shares as "part-of-whole" and amounts as "big-number".",
        "data/graphics.json:66 [5].claims[2]: received "gas-coverage", expected a claim used in "options.rows" as a target or current value. Add a row for it, or remove it from "claims".",
        "data/graphics.json:77 [6].instructions: received "", expected "all" or a list of instruction ids. A timeline draws instructions: add "instructions": "all".",
        "data/graphics.json:84 [7].claims: received "", expected one to four claim ids.",
        "data/graphics.json:91 [8].map: received "", expected a map id. Add "map": "<id>" (an id of data/maps.json).",
      ]
    `);
  });

  it('graphics.build(shares mistakes) wants percentages, two shares and a target that is not also a row', async () => {
    const lines = await messages([
      entry({ id: 's1', type: 'shares', claims: ['water-supply', 'unused-land'] }),
      entry({ id: 's2', type: 'shares', claims: ['sport-now', 'sport-target'], options: { targets: [{ share: 'sport-now', target: 'sport-target', label: 'target' }] } }),
      entry({ id: 's3', type: 'shares', claims: ['water-supply', 'gas-coverage'], options: { highlight: 'sport-now' } }),
    ]);
    expect(lines).toEqual([
      expect.stringContaining('[0].claims[1]: received "unused-land (hectares)", expected a claim in percent: a shares chart puts every row on one 0–100 % scale'),
      expect.stringContaining('[1].claims: received "sport-now, sport-target", expected at least two shares to compare'),
      expect.stringContaining('[2].options.highlight: received "sport-now"'),
    ]);
  });

  it('graphics.build(schema mistakes and duplicate ids) reports them with the fix', async () => {
    expect(await messages([
      entry({ id: 'x', type: 'part-of-hole', claims: ['water-supply'] }),
      entry({ id: 'y', type: 'units', claims: ['factories-zhetysu'], options: { layout: 'nestd' } }),
      entry({ id: 'y', type: 'big-number', claims: ['unused-land'], captoin: 'typo' }),
    ])).toMatchInlineSnapshot(`
      [
        "data/graphics.json:25 [2].id: received "y", expected an id no other row uses. Line 12 already uses y: rename one of them or merge the rows.",
        "data/graphics.json:7 [0].type: received "part-of-hole", expected one of: bar, part-of-whole, shares, current-vs-target, units, timeline, big-number, map. Did you mean part-of-whole?",
        "data/graphics.json:22 [1].options.layout: received "nestd", expected one of: blocks, nested. Did you mean nested?",
        "data/graphics.json:34 [2].captoin: received "captoin", expected only the documented properties (id, type, title, caption, chapter, claims, instructions, map, options). Did you mean caption? Rename the property.",
      ]
    `);
  });

  it('graphics.build(map entry with a title or caption) points to data/maps.json, the one place a map is declared', async () => {
    expect(await messages([entry({ id: 'm', type: 'map', map: 'gas' })])).toEqual([
      'data/graphics.json:3 [0].title: received "T", expected no "title" on a map entry (the map\'s title is in data/maps.json). Remove "title" here, or change the map\'s title in data/maps.json: page, embed and live map all read it there.',
      'data/graphics.json:4 [0].caption: received "C.", expected no "caption" on a map entry (the map\'s caption is in data/maps.json). Remove "caption" here, or change the map\'s caption in data/maps.json: page, embed and live map all read it there.',
    ]);
  });

  it('graphics.build(not JSON) reports the syntax error with its line', async () => {
    const result = await graphics.build(context('[\n  { "id": "x", }\n]'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'data/graphics.json', line: 2 });
  });
});
