import { describe, expect, it } from 'vitest';
import { backTarget } from './speech-back.ts';

const chapters = { gas: 'Gas: a deadline for the settlements', sugar: 'Sugar: an idle factory' };

describe('backTarget', () => {
  it('backTarget(location, referrer, chapters) follows ?from= to a known chapter', () => {
    expect(backTarget('https://x.kz/speech/?from=gas#p4s2', '', chapters)).toEqual({ href: '/chapters/gas/', title: chapters.gas, fromReferrer: false });
  });
  it('backTarget reads a same-origin chapter referrer, keeping its hash', () => {
    expect(backTarget('https://x.kz/speech/#p4s2', 'https://x.kz/chapters/sugar/#g1', chapters)).toEqual({ href: '/chapters/sugar/#g1', title: chapters.sugar, fromReferrer: true });
  });
  it('backTarget ignores other origins, unknown chapters and pages that are not chapters', () => {
    expect(backTarget('https://x.kz/speech/', 'https://evil.example/chapters/gas/', chapters)).toBeUndefined();
    expect(backTarget('https://x.kz/speech/?from=nope', 'https://x.kz/chapters/nope/', chapters)).toBeUndefined();
    expect(backTarget('https://x.kz/speech/', 'https://x.kz/tracker/', chapters)).toBeUndefined();
    expect(backTarget('https://x.kz/speech/', 'not a url', chapters)).toBeUndefined();
    expect(backTarget('https://x.kz/speech/?from=__proto__', '', chapters)).toBeUndefined();
  });
});
