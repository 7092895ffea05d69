import { describe, expect, it } from 'vitest';
import type { Claim } from '../schemas/claim.ts';
import type { Instruction } from '../schemas/instruction.ts';
import { graphic, type GraphicEntry } from '../charts/registry.ts';
import { assertWellFormed } from '../charts/common/testing.ts';
import { renderGraphic } from './render.ts';
import type { GraphicDatasets } from '../charts/model/types.ts';
import { UNCHECKED, type Tracked } from '../schemas/followup.ts';

const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'value' | 'unit' | 'measure'>): Claim => ({
  qualifier: 'exact', basis: 'stated', asOf: null, sinceYear: null, targetYear: null, topic: 't', districts: [], places: [], projects: [],
  quote: `quote of ${c.id}`, note: null, sentences: ['p1s1'], ...c,
});
const instruction = (i: Partial<Instruction> & Pick<Instruction, 'id' | 'action'>): Tracked<Instruction> => ({
  kind: 'instruction', responsible: ['not-named'], deadlineSaid: null, deadline: null, deadlineKind: 'none', topic: 't',
  districts: [], places: [], projects: [], claims: [], quote: `quote of ${i.id}`, note: null, followup: UNCHECKED, sentences: ['p9s1'], ...i,
});
const datasets: GraphicDatasets = {
  claims: [
    claim({ id: 'water', value: 90, unit: 'percent', measure: 'share with water', sentences: ['p16s2'] }),
    claim({ id: 'gas', value: 10, unit: 'percent', measure: 'share with gas', sentences: ['p18s1'] }),
    claim({ id: 'idle', value: 1, unit: 'factories', measure: 'idle factory' }),
    claim({ id: 'zhetysu', value: 2, unit: 'factories', measure: 'factories in Zhetysu', sentences: ['p6s2'] }),
    claim({ id: 'country', value: 4, unit: 'factories', measure: 'factories in Kazakhstan', sentences: ['p6s2'] }),
    claim({ id: 'sport-now', value: 34, unit: 'percent', measure: 'sport now', asOf: 2022 }),
    claim({ id: 'sport-target', value: 50, unit: 'percent', measure: 'sport target', targetYear: 2025 }),
    claim({ id: 'sugar', value: 180000, unit: 'tonnes', measure: 'white sugar', targetYear: 2026 }),
    claim({ id: 'budget', value: 12000000000, unit: 'tenge', measure: 'local budget money', quote: 'Since 2017, 12 billion tenge has been allocated' }),
    claim({ id: 'jobs', value: 7000, unit: 'jobs', measure: 'jobs', qualifier: 'more-than' }),
  ],
  instructions: [
    instruction({ id: 'roads', action: 'Open the highways', deadlineSaid: 'next year', deadline: '2023-12-31', deadlineKind: 'date' }),
    instruction({ id: 'gas-2025', action: 'Supply gas', deadlineSaid: 'by 2025', deadline: '2025-12-31', deadlineKind: 'date' }),
    instruction({ id: 'plant', action: 'Launch the plant', deadlineSaid: 'as soon as possible', deadlineKind: 'urgent' }),
    instruction({ id: 'lead', action: 'Ban lead scrap exports', topic: 'industry' }),
  ],
  topics: [
    { id: 't', title: 'Everything else', order: 2, summary: 's' },
    { id: 'industry', title: 'Industry', order: 1, summary: 's' },
    { id: 'awards', title: 'Awards', order: 3, summary: 's' },
  ],
};
// Maps take their title and caption from data/maps.json, so only charts get them here.
const entry = (e: Record<string, unknown>): GraphicEntry => graphic.parse({ ...(e['type'] === 'map' ? {} : { title: 'A title', caption: 'A caption.' }), chapter: 'gas', ...e });
const today = '2024-06-01';

describe('renderGraphic', () => {
  it('renderGraphic(bar) draws the claims, describes every figure and links each sentence once', () => {
    const g = renderGraphic(entry({ id: 'utilities', type: 'bar', claims: ['water', 'gas'], options: { labels: { water: 'Water' } } }), datasets, { today });
    assertWellFormed(g.svg);
    expect(g.svg).toContain('id="g-utilities-640-title"');
    expect(g.svg).toContain('>90%</text>');
    expect(g.description).toBe('Bar chart. Water: 90%; Share with gas: 10%.');
    expect(g.svg).toContain(`<desc id="g-utilities-640-desc">${g.description}</desc>`);
    expect(g.sentences).toEqual([
      { id: 'p16s2', href: '/speech/#p16s2', label: 'paragraph 16, sentence 2' },
      { id: 'p18s1', href: '/speech/#p18s1', label: 'paragraph 18, sentence 1' },
    ]);
    expect(g.table.rows.map((r) => [r['label'], r['figure'], r['source']])).toEqual([['Water', '90%', '/speech/#p16s2'], ['Share with gas', '10%', '/speech/#p18s1']]);
    expect(g.files).toEqual({ csv: '/generated/data/utilities.csv', json: '/generated/data/utilities.json' });
    expect(g.width).toBe(640);
    expect(g.height).toBeGreaterThan(40);
  });
  it('renderGraphic(entry, data, {width, idPrefix}) lays out for that width with its own ids', () => {
    const g = renderGraphic(entry({ id: 'utilities', type: 'bar', claims: ['water', 'gas'] }), datasets, { width: 360, idPrefix: 'embed' });
    expect(g.svg).toContain('viewBox="0 0 360 ');
    expect(g.svg).toContain('id="embed-utilities-360-title"');
  });
  it('renderGraphic(bar mixing units) throws: bars compare one unit only', () => {
    expect(() => renderGraphic(entry({ id: 'mixed', type: 'bar', claims: ['water', 'sugar'] }), datasets)).toThrow('Graphic "mixed": a bar chart compares one unit, but its claims mix percent, tonnes.');
  });
  it('renderGraphic(part-of-whole with total) shows parts of the total claim', () => {
    const g = renderGraphic(entry({ id: 'pow', type: 'part-of-whole', claims: ['zhetysu', 'country'], options: { total: 'country' } }), datasets);
    expect(g.svg).toContain('>2 of 4</text>');
    expect(g.table.rows).toHaveLength(2);
  });
  it('renderGraphic(current-vs-target) pairs now and target; without a current value it says so', () => {
    const g = renderGraphic(entry({ id: 'cvt', type: 'current-vs-target', claims: ['sport-now', 'sport-target', 'sugar'], options: { rows: [
      { current: 'sport-now', target: 'sport-target', label: 'Sport' }, { target: 'sugar' },
    ] } }), datasets);
    expect(g.svg).toContain('>34% in 2022</text>');
    expect(g.svg).toContain('>Target: 50% by 2025</text>');
    expect(g.description).toBe('Current value against target. Sport: 34% in 2022; Target: 50% by 2025. White sugar: current level not given in the speech; Target: 180,000 tonnes by 2026.');
    expect(g.table.rows.map((r) => r['role'])).toEqual(['now', 'target', 'target']);
    expect(g.table.columns[1]?.key).toBe('role');
  });
  it('renderGraphic(units nested) counts each group as the difference and says how', () => {
    const g = renderGraphic(entry({ id: 'sugar-factories', type: 'units', claims: ['idle', 'zhetysu', 'country'], options: { layout: 'nested', labels: { idle: 'idle', zhetysu: 'working in Zhetysu', country: 'elsewhere' } } }), datasets);
    expect(g.table.rows.map((r) => [r['label'], r['value'], r['derivation']])).toEqual([
      ['idle', 1, 'as stated'], ['working in Zhetysu', 1, '2 (zhetysu) − 1 (idle)'], ['elsewhere', 2, '4 (country) − 2 (zhetysu)'],
    ]);
    expect(g.description).toBe('Squares, one per factory. 1 idle; 1 working in Zhetysu; 2 elsewhere.');
    expect(g.svg).toContain('stroke="var(--c-neutral)"');
  });
  it('renderGraphic(units nested out of order) throws a clear error', () => {
    expect(() => renderGraphic(entry({ id: 'bad', type: 'units', claims: ['country', 'idle'], options: { layout: 'nested' } }), datasets)).toThrow('nested claims go from the smallest to the whole, but "idle" (1) is smaller than "country" (4).');
  });
  it('renderGraphic(timeline) marks passed deadlines by today and notes the kinds left out', () => {
    const g = renderGraphic(entry({ id: 'tl', type: 'timeline', instructions: 'all', options: { kinds: ['date', 'urgent'] } }), datasets, { today });
    expect(g.svg).toContain('Deadline next year: 31 Dec 2023, passed. Status: not yet checked');
    expect(g.svg).toContain('Not shown: 1 instruction with no deadline');
    expect(g.table.rows.map((r) => [r['instruction_id'], r['passed']])).toEqual([['roads', 'yes'], ['gas-2025', 'no'], ['plant', '']]);
    expect(g.table.columns.find((c) => c.key === 'passed')?.label).toBe('Passed by 1 Jun 2024');
    expect(g.description).toContain('Timeline of 3 instructions from the meeting on 20 Oct 2022: 2 with a deadline date, 1 of them passed by 1 Jun 2024; 1 without a date.');
  });
  it('renderGraphic(big-number) shows the claim, its qualifier and quote', () => {
    const g = renderGraphic(entry({ id: 'jobs', type: 'big-number', claims: ['jobs'], options: { labels: { jobs: 'new jobs' } } }), datasets);
    expect(g.svg).toContain('>more than 7,000 jobs</text>');
    expect(g.description).toBe('more than 7,000 jobs: new jobs. The speech: “quote of jobs”');
  });
  it('renderGraphic(big-number with claims in different units) stacks one card per claim', () => {
    const g = renderGraphic(entry({ id: 'two', type: 'big-number', claims: ['jobs', 'sugar'] }), datasets);
    expect(g.svg).toContain('>180,000 tonnes</text>');
    expect(g.table.rows).toHaveLength(2);
  });
  it('renderGraphic(bar of instructions) counts them by topic in topic order and marks the chapter', () => {
    const g = renderGraphic(entry({ id: 'by-topic', type: 'bar', instructions: 'all', options: { highlight: 'industry' } }), datasets);
    expect(g.table.rows.map((r) => [r['label'], r['value']])).toEqual([['Industry (this chapter)', 1], ['Everything else', 3], ['Awards', 0]]);
    expect(g.svg).toContain('fill="var(--c-orange)"');
    expect(g.description).toBe('Bar chart of instructions and commitments by topic. Industry (this chapter): 1 instruction; Everything else: 3 instructions; Awards: 0 instructions.');
    expect(g.sentences.map((s) => s.id)).toEqual(['p9s1']);
  });
  it('renderGraphic(map) throws: maps are drawn by the maps code', () => {
    expect(() => renderGraphic(entry({ id: 'm', type: 'map', map: 'districts' }), datasets)).toThrow('Graphic "m" is a map (map "districts")');
  });
  it('renderGraphic(unknown claim) throws naming the graphic and the claim', () => {
    expect(() => renderGraphic(entry({ id: 'x', type: 'big-number', claims: ['nope'] }), datasets)).toThrow('Graphic "x": claim "nope" is not in the claims dataset');
  });
});
