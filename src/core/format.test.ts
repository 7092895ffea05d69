import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber, formatValue } from './format.ts';

describe('formatValue', () => {
  it('formatValue(claim) groups thousands and names the unit', () => {
    expect(formatValue({ value: 100000, unit: 'hectares', qualifier: 'exact' })).toBe('100,000 hectares');
  });

  it('formatValue(claim) writes percentages with a percent sign', () => {
    expect(formatValue({ value: 70, unit: 'percent', qualifier: 'exact' })).toBe('70%');
  });

  it('formatValue(claim) uses billion and million when nothing is lost', () => {
    expect(formatValue({ value: 12000000000, unit: 'tenge', qualifier: 'exact' })).toBe('12 billion tenge');
    expect(formatValue({ value: 9000000, unit: 'tonnes', qualifier: 'exact' })).toBe('9 million tonnes');
    expect(formatValue({ value: 3500000000, unit: 'tenge', qualifier: 'more-than' })).toBe('more than 3.5 billion tenge');
    expect(formatValue({ value: 1234567, unit: 'tenge', qualifier: 'exact' })).toBe('1,234,567 tenge');
  });

  it('formatValue(claim) writes kilometres in thousands as the speech does', () => {
    expect(formatValue({ value: 1200, unit: 'km', qualifier: 'exact' })).toBe('1.2 thousand km');
    expect(formatValue({ value: 300, unit: 'km', qualifier: 'exact' })).toBe('300 km');
  });

  it('formatValue(claim) words the qualifier', () => {
    expect(formatValue({ value: 7000, unit: 'jobs', qualifier: 'more-than' })).toBe('more than 7,000 jobs');
    expect(formatValue({ value: 500, unit: 'people', qualifier: 'about' })).toBe('about 500 people');
    expect(formatValue({ value: 40, unit: 'villages', qualifier: 'up-to' })).toBe('up to 40 villages');
  });

  it('formatValue(claim) uses the singular for one and no unit for a count', () => {
    expect(formatValue({ value: 1, unit: 'universities', qualifier: 'exact' })).toBe('1 university');
    expect(formatValue({ value: 1, unit: 'people', qualifier: 'exact' })).toBe('1 person');
    expect(formatValue({ value: 2, unit: 'count', qualifier: 'exact' })).toBe('2');
  });
});

describe('formatNumber', () => {
  it('formatNumber(value) keeps up to two decimals', () => {
    expect(formatNumber(1.25)).toBe('1.25');
    expect(formatNumber(180000)).toBe('180,000');
    expect(formatNumber(2 / 3)).toBe('0.67');
    expect(formatNumber(0)).toBe('0');
  });
  it('formatNumber(value) uses billion and million only when nothing is lost, as the prose does (charts too)', () => {
    expect(formatNumber(12000000000)).toBe('12 billion');
    expect(formatNumber(9000000)).toBe('9 million');
    expect(formatNumber(3500000)).toBe('3.5 million');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(1234567890123)).toBe('1,234,567,890,123');
  });
  it('formatValue(figure) names the qualifiers it knows when given another', () => {
    expect(() => formatValue({ value: 1, unit: 'jobs', qualifier: 'roughly' as 'about' })).toThrow('formatValue: expected a qualifier (exact, more-than, about, up-to), received "roughly".');
  });
  it('formatNumber(NaN) and formatValue(NaN) throw a clear error', () => {
    expect(() => formatNumber(Number.NaN)).toThrow('formatNumber: expected a finite number, received NaN.');
    expect(() => formatValue({ value: Number.POSITIVE_INFINITY, unit: 'percent', qualifier: 'exact' })).toThrow(/finite number/);
  });
});

describe('formatDate', () => {
  it('formatDate(iso) writes day, short month and year', () => {
    expect(formatDate('2023-12-31')).toBe('31 Dec 2023');
    expect(formatDate('2022-10-20')).toBe('20 Oct 2022');
  });
  it('formatDate(bad date) throws a clear error', () => {
    expect(() => formatDate('2023-02-30')).toThrow('formatDate: expected an ISO date YYYY-MM-DD, received "2023-02-30".');
    expect(() => formatDate('next year')).toThrow(/ISO date/);
  });
});

describe('formatFigure', () => {
  it('formatFigure(claim) says the unit once when the measure starts with it', () => {
    expect(formatFigure({ value: 3, unit: 'districts', qualifier: 'exact', measure: 'districts where irrigated land could be expanded' })).toBe('3 districts where irrigated land could be expanded');
    expect(formatFigure({ value: 180000, unit: 'people', qualifier: 'exact', measure: 'people living in the three districts' })).toBe('180,000 people living in the three districts');
    expect(formatFigure({ value: 1, unit: 'factories', qualifier: 'exact', measure: 'sugar factory standing idle' })).toBe('1 factory sugar factory standing idle');
    expect(formatFigure({ value: 12e9, unit: 'tenge', qualifier: 'more-than', measure: 'tenge of investment' })).toBe('more than 12 billion tenge of investment');
    expect(formatFigure({ value: 70, unit: 'percent', qualifier: 'exact', measure: 'share of networks worn out' })).toBe('70% share of networks worn out');
  });
});
