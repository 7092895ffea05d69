import { describe, expect, it } from 'vitest';
import { chapterCardMeta, chapterCardPath } from './chapter-card.ts';

describe('chapterCardMeta', () => {
  it('chapterCardMeta gives the absolute card URL, its size and a text alternative', () => {
    expect(chapterCardMeta(new URL('https://s.example'), { id: 'sugar', title: 'Sugar', summary: 'Two factories.' })).toEqual({
      image: 'https://s.example/og/sugar.png',
      width: 1200,
      height: 630,
      alt: 'Sugar: Two factories.',
    });
  });

  it('chapterCardPath is /og/<topic id>.png', () => {
    expect(chapterCardPath('gas')).toBe('/og/gas.png');
  });
});
