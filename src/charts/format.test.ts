import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatValue } from './format.ts';

describe('formatNumber', () => {
  it('formatNumber(n) groups thousands', () => {
    expect(formatNumber(100000)).toBe('100,000');
    expect(formatNumber(1200)).toBe('1,200');
    expect(formatNumber(0)).toBe('0');
  });
  it('formatNumber(n) writes millions and billions in words', () => {
    expect(formatNumber(12000000000)).toBe('12 billion');
    expect(formatNumber(9000000)).toBe('9 million');
    expect(formatNumber(3500000)).toBe('3.5 million');
    expect(formatNumber(1234567890123)).toBe('1.23 trillion');
  });
  it('formatNumber(n) keeps up to two decimals', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(2 / 3)).toBe('0.67');
  });
  it('formatNumber(NaN) throws a clear error', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/finite number/);
  });
});

describe('formatValue', () => {
  it('formatValue(n, "percent") uses a percent sign', () => {
    expect(formatValue(70, 'percent')).toBe('70%');
  });
  it('formatValue(n, unit, qualifier) puts the qualifier in words', () => {
    expect(formatValue(7000, 'jobs', 'more-than')).toBe('more than 7,000 jobs');
    expect(formatValue(3000000000, 'tenge', 'more-than')).toBe('more than 3 billion tenge');
  });
  it('formatValue(1, unit) uses the singular', () => {
    expect(formatValue(1, 'factories')).toBe('1 factory');
    expect(formatValue(2, 'factories')).toBe('2 factories');
  });
  it('formatValue(n, "km") says it as the speech does', () => {
    expect(formatValue(1200, 'km')).toBe('1.2 thousand km');
  });
  it('formatValue(n, "count") gives the bare number', () => {
    expect(formatValue(23, 'count')).toBe('23');
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
