import { describe, expect, it } from 'vitest';
import { closestPassage, locateQuote, quoteHint } from './quote.ts';

const folded = 'Today 70 percent of the irrigation networks in the region are worn out. All this needs to be restored and modernized. Today is the day.';

describe('locateQuote', () => {
  it('locateQuote(folded, quote) finds the quote after folding its white space', () => {
    expect(locateQuote(folded, '70\u00a0percent of the\n irrigation networks')).toEqual({ start: 6, end: 43, count: 1 });
  });

  it('locateQuote(folded, quote) counts repeated occurrences and returns null when absent', () => {
    expect(locateQuote(folded, 'Today')?.count).toBe(2);
    expect(locateQuote(folded, '75 percent')).toBeNull();
    expect(locateQuote(folded, '  ')).toBeNull();
  });
});

describe('closestPassage', () => {
  it('closestPassage(folded, quote) returns the sentence around the window sharing the most words', () => {
    expect(closestPassage(folded, 'all this must be restored and modernised')).toBe('All this needs to be restored and modernized.');
    expect(closestPassage(folded, 'networks in the region are broken')).toBe('Today 70 percent of the irrigation networks in the region are worn out.');
  });
});

describe('quoteHint', () => {
  it('quoteHint(folded, quote) shows the passage and where the quote departs from it', () => {
    expect(quoteHint(folded, 'Today 75 percent of the irrigation networks in the region are worn out.')).toMatchInlineSnapshot(
      `"Closest passage in the speech: "Today 70 percent of the irrigation networks in the region are worn out.". They part after "Today 7": the quote has "5 percent of th", the speech "0 percent of th". Copy the words exactly; only white space may differ."`,
    );
  });
});
