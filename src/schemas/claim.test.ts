import { describe, expect, it } from 'vitest';
import { formatValue } from '../core/format.ts';
import { QUALIFIERS, UNITS } from './claim.ts';

describe('claim', () => {
  it('claim: every qualifier and unit the schema allows is one the formatter words', () => {
    const worded = QUALIFIERS.flatMap((qualifier) => UNITS.map((unit) => formatValue({ value: 2, unit, qualifier })));
    expect(worded).toHaveLength(QUALIFIERS.length * UNITS.length);
    expect(formatValue({ value: 2, unit: UNITS[0], qualifier: 'more-than' })).toMatch(/^more than 2/);
  });
});
