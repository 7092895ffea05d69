import { describe, expect, it } from 'vitest';
import { excerpt } from './quote-text.ts';

describe('excerpt', () => {
  it('excerpt(quote, sentence) leaves a whole sentence as it is, without its quotation marks', () => {
    expect(excerpt('Akims should keep this issue under personal control', 'Akims should keep this issue under personal control.')).toBe(
      'Akims should keep this issue under personal control',
    );
    expect(excerpt('Today, 100,000 hectares of unused land have been identified in the region', '"Today, 100,000 hectares of unused land have been identified in the region.')).toBe(
      'Today, 100,000 hectares of unused land have been identified in the region',
    );
  });

  it('excerpt(quote, sentence) marks a cut at the start, the end or both', () => {
    const s = 'In addition, he announced the need to ensure 100% utilization of two sugar factories in the region and bring the volume up.';
    expect(excerpt('ensure 100% utilization of two sugar factories in the region', s)).toBe('…ensure 100% utilization of two sugar factories in the region…');
    expect(excerpt('In addition, he announced the need', s)).toBe('In addition, he announced the need…');
    expect(excerpt('and bring the volume up', s)).toBe('…and bring the volume up');
  });

  it('excerpt(quote, first, last) checks the start against the first sentence and the end against the last', () => {
    expect(excerpt('This is one. And two', 'This is one.', 'And two.')).toBe('This is one. And two');
  });
});
