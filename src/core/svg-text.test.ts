import { describe, expect, it } from 'vitest';
import { measureText, truncate, wrapText } from './svg-text.ts';

describe('measureText', () => {
  it('measureText(text, size) grows with length and font size', () => {
    expect(measureText('abc', 14)).toBeGreaterThan(0);
    expect(measureText('abcabc', 14)).toBeCloseTo(2 * measureText('abc', 14));
    expect(measureText('abc', 28)).toBeCloseTo(2 * measureText('abc', 14));
  });
  it('measureText(text) gives wide letters more room than narrow ones', () => {
    expect(measureText('WWW', 14)).toBeGreaterThan(measureText('iii', 14));
  });
  it('measureText(text) measures non-ASCII text', () => {
    expect(measureText('Талдықорған', 14)).toBeGreaterThan(measureText('Taldy', 14));
  });
  it('measureText(text, size, bold) makes bold wider', () => {
    expect(measureText('abc', 14, true)).toBeGreaterThan(measureText('abc', 14));
  });
});

describe('truncate', () => {
  it('truncate(text, width) keeps text that fits', () => {
    expect(truncate('short', 200, 14)).toBe('short');
  });
  it('truncate(text, width) cuts text that does not fit and ends it in an ellipsis', () => {
    const cut = truncate('a rather long label that cannot fit', 80, 14);
    expect(cut.endsWith('…')).toBe(true);
    expect(measureText(cut, 14)).toBeLessThanOrEqual(80);
  });
});

describe('wrapText', () => {
  it('wrapText(text, width) breaks between words and keeps every word', () => {
    const { lines, truncated } = wrapText('one two three four five six seven', 80, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    expect(truncated).toBe(false);
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(80);
  });
  it('wrapText(text, width, size, maxLines) cuts the last line and reports truncation', () => {
    const { lines, truncated } = wrapText('one two three four five six seven eight nine ten', 60, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(truncated).toBe(true);
  });
  it('wrapText(long hyphenated word) breaks after hyphens and dashes', () => {
    const { lines, truncated } = wrapText('Put the Taldykorgan–Kalbatau–Ust-Kamenogorsk highway into operation', 200, 14);
    expect(truncated).toBe(false);
    expect(lines.join('|')).toBe('Put the Taldykorgan–|Kalbatau–Ust-Kamenogorsk|highway into operation');
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(200);
  });
  it('wrapText(word longer than width) cuts the word', () => {
    const { lines, truncated } = wrapText('Kazakhstanskaya', 60, 14);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('…')).toBe(true);
    expect(truncated).toBe(true);
  });
  it('wrapText(empty) gives no lines', () => {
    expect(wrapText('  ', 100, 14)).toEqual({ lines: [], truncated: false });
  });
});
