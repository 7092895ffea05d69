import { describe, expect, it } from 'vitest';
import { sourceCitation, sourceLine } from './source-line.ts';

describe('sourceLine', () => {
  const source = { speaker: 'A. Speaker, President', meetingPlace: 'Town', meetingDate: '2022-10-20', outlet: 'The Paper' };
  it('sourceLine(source) names speaker, place, date and outlet', () => {
    expect(sourceLine(source)).toBe('A. Speaker, President, Town, 20 Oct 2022 (The Paper, English text)');
  });
  it('sourceLine(source) refuses a meeting date that is not an ISO date', () => {
    expect(() => sourceLine({ ...source, meetingDate: '20/10/2022' })).toThrow('formatDate: expected an ISO date YYYY-MM-DD, received "20/10/2022".');
  });
  it('sourceCitation(source) is the same line with the article title, for downloaded files', () => {
    expect(sourceCitation({ ...source, title: 'The head met the public' })).toBe('A. Speaker, President, Town, 20 Oct 2022 (The Paper, English text): “The head met the public”.');
  });
});
