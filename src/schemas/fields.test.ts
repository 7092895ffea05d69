import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { id, idList, kebab, oneOf, oneOfOr, optionalDate, optionalHttpsUrl, optionalSelector, optionalText, optionalYear, plainNumber, text, wholeNumber } from './fields.ts';

/** The parsed value, or the expected text and hint of the first issue. */
function run(schema: z.ZodType, raw: string): unknown {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return { expected: issue?.message, hint: issue?.code === 'custom' ? issue.params?.['hint'] : undefined };
}

describe('fields', () => {
  it('id() accepts kebab-case and suggests the kebab spelling of anything else', () => {
    expect(run(id(), 'lake-balkhash')).toBe('lake-balkhash');
    expect(run(id(), 'Lake_Balkhash ')).toMatchObject({ hint: 'Fix: write lake-balkhash.' });
    expect(run(id(), '')).toMatchObject({ hint: 'This cell must not be empty.' });
  });

  it('idList() splits on ";" and rejects spaces and repeats', () => {
    expect(run(idList(), '')).toEqual([]);
    expect(run(idList(), 'aksu;alakol')).toEqual(['aksu', 'alakol']);
    expect(run(idList(), 'aksu; alakol')).toMatchObject({ hint: 'Fix: write aksu;alakol.' });
    expect(run(idList(), 'aksu;aksu')).toMatchObject({ expected: 'each id once in the list' });
  });

  it('plainNumber() accepts digits with a decimal point and shows the fix for separators', () => {
    expect(run(plainNumber(), '1200')).toBe(1200);
    expect(run(plainNumber(), '0.5')).toBe(0.5);
    expect(run(plainNumber(), '100 000')).toMatchObject({ hint: 'Fix: write 100000.' });
    expect(run(plainNumber(), '12,000')).toMatchObject({ hint: 'Fix: write 12000.' });
    expect(run(plainNumber(), '70%')).toMatchObject({ expected: 'a plain number (digits, optional decimal point, no spaces or separators)' });
  });

  it('wholeNumber(), optionalYear() and optionalDate() check their formats', () => {
    expect(run(wholeNumber(), '3')).toBe(3);
    expect(run(wholeNumber(), '0')).toMatchObject({ expected: 'a whole number from 1 up (digits only)' });
    expect(run(optionalYear(), '')).toBeNull();
    expect(run(optionalYear(), '2025')).toBe(2025);
    expect(run(optionalYear(), '25')).toMatchObject({ hint: 'Write the year alone, e.g. 2025.' });
    expect(run(optionalDate(), '2024-02-29')).toBe('2024-02-29');
    expect(run(optionalDate(), '2023-02-29')).toMatchObject({ expected: 'a real date written YYYY-MM-DD' });
  });

  it('oneOf() and oneOfOr() suggest the value meant and fill the default', () => {
    expect(run(oneOf(['hectares', 'tonnes']), 'hectare')).toMatchObject({ hint: 'Did you mean hectares?' });
    expect(run(oneOfOr(['not yet checked', 'done'], 'not yet checked'), '')).toBe('not yet checked');
  });

  it('text(), optionalText(), optionalHttpsUrl() and optionalSelector() read free text, URLs and selectors', () => {
    expect(run(text(), ' a ')).toBe('a');
    expect(run(text(), ' ')).toMatchObject({ expected: 'a text (this cell must not be empty)' });
    expect(run(optionalText(), '')).toBeNull();
    expect(run(optionalHttpsUrl(), 'http://example.org')).toMatchObject({ expected: 'a full https:// URL' });
    expect(run(optionalSelector(), 'name=Lake Balkhash')).toBe('name=Lake Balkhash');
    expect(run(optionalSelector(), 'name=Ile&featurecla=River')).toBe('name=Ile&featurecla=River');
    expect(run(optionalSelector(), 'Lake Balkhash')).toMatchObject({ expected: expect.stringMatching(/^a selector property=value/u) });
    expect(run(optionalSelector(), 'name=Ile&River')).toMatchObject({ expected: expect.stringMatching(/^a selector property=value/u) });
  });
});

describe('kebab', () => {
  it('kebab(text) lowercases and joins words with single hyphens', () => {
    expect(kebab('  Taldykorgan City (centre) ')).toBe('taldykorgan-city-centre');
  });
});
