import { describe, expect, it } from 'vitest';
import { whenText } from './when-text.ts';

const budget = { kind: 'claim', value: { id: 'sugar-budget', asOf: 2022, sinceYear: 2017, targetYear: null } } as const;
const gas = { kind: 'instruction', value: { id: 'gas', deadlineSaid: 'by 2025', deadline: '2025-12-31' } } as const;
const stages = { kind: 'instruction', value: { id: 'pipeline', deadlineSaid: 'in stages', deadline: null } } as const;

describe('whenText', () => {
  it('whenText(claim, show) prints the year the data gives', () => {
    expect(whenText(budget, 'since')).toBe('2017');
    expect(whenText(budget, 'as-of')).toBe('2022');
  });

  it('whenText(instruction, show) prints the deadline as said, its year or its date', () => {
    expect(whenText(gas, 'said')).toBe('by 2025');
    expect(whenText(gas, 'year')).toBe('2025');
    expect(whenText(gas, 'date')).toBe('31 Dec 2025');
  });

  it('whenText(item, show) says what is missing and where to fix it', () => {
    expect(() => whenText(budget, 'target')).toThrow('<When id="sugar-budget" show="target">: claim "sugar-budget" has no target_year in data/claims.csv.');
    expect(() => whenText(stages, 'date')).toThrow('instruction "pipeline" has no dated deadline (its deadline_said is "in stages")');
    expect(() => whenText(gas, 'since')).toThrow('"gas" is an instruction; show must be one of said, year, date');
  });
});
