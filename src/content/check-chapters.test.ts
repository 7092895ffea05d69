import { describe, expect, it } from 'vitest';
import type { KnownIds } from './known-ids.ts';
import { checkChapter, checkUnique } from './check-chapters.ts';

const fake: KnownIds = {
  claim: new Set(['unused-land']),
  instruction: new Set(['launch-idle-sugar-plant']),
  graphic: new Set(['sugar-factories']),
  map: new Set(['districts', 'gas']),
  topic: new Set(['sugar']),
  focus: new Set(['tekeli']),
};
const options = { root: '/site', known: () => fake, sentences: () => ['Land is the property of the people.', 'The sugar plant must be launched.'], today: '2026-12-01' };
const chapter = (updated: string, body: string) =>
  `---\ntitle: "Sugar"\ndek: "Why the President wants the idle sugar factory running again."\norder: 2\ntopic: sugar\nupdated: ${updated}\n---\n\n${body}\n`;
const check = (updated: string, body = 'Plain text.') => checkChapter('content/chapters/sugar.mdx', chapter(updated, body), options).map((p) => p.message);

describe('checkChapter', () => {
  it('checkChapter(text) accepts a valid chapter', () => {
    expect(check('2026-11-28', 'He said "Land is the property of the people". <Fig id="unused-land" />')).toEqual([]);
  });

  it('checkChapter(text) refuses dates that are not real YYYY-MM-DD or lie in the future, at their line, with the fix', () => {
    expect([...check('2026-13-01'), ...check('01/12/2026'), ...check('2027-01-01'), ...check('2026-02-30')]).toMatchInlineSnapshot(`
      [
        "content/chapters/sugar.mdx:6:10 updated: "2026-13-01" is not a real date: there is no month 13. Fix: write the date of the last change as YYYY-MM-DD, e.g. updated: 2026-12-01 for today.",
        "content/chapters/sugar.mdx:6:10 updated: "01/12/2026" is not written YYYY-MM-DD (year, month, day: a date like 01/12/2026 can be read two ways). Fix: write the date of the last change as YYYY-MM-DD, e.g. updated: 2026-12-01 for today.",
        "content/chapters/sugar.mdx:6:10 updated: "2027-01-01" is in the future (today is 2026-12-01). Fix: write the date of the last change as YYYY-MM-DD, e.g. updated: 2026-12-01 for today.",
        "content/chapters/sugar.mdx:6:10 updated: "2026-02-30" is not a real date: month 2 of 2026 has no day 30. Fix: write the date of the last change as YYYY-MM-DD, e.g. updated: 2026-12-01 for today.",
      ]
    `);
  });

  it('checkChapter(text) finds an inline quotation not in the speech, at its line, with the closest sentence', () => {
    expect(check('2026-11-28', 'Intro.\n\nHe said “Land is property of the people”.')).toEqual([
      'content/chapters/sugar.mdx:11:9 “Land is property of the people” — this quotation is not in the speech word for word. Closest passage: “Land is the property of the people.”. Fix: copy the words exactly (only white space and quote marks may differ), or use <Quote id="…" />.',
    ]);
  });

  it('checkChapter(text) lists frontmatter and body problems together', () => {
    const text = chapter('2026-11-28', '<Figg id="unused-land" />').replace('topic: sugar', 'topic: sugr');
    expect(checkChapter('content/chapters/sugar.mdx', text, options).map((p) => `${p.line}:${p.column}`)).toEqual(['5:8', '9:1']);
  });

  it('checkChapter(text) says "straight quotes" for curly quotes around a prop and "self-closing" for an unclosed tag', () => {
    expect(check('2026-11-28', 'A <Fig id=“unused-land” /> b')[0]).toBe('content/chapters/sugar.mdx:9:3 id=“unused-land” — a prop\'s value needs straight quotes. Fix: write id="unused-land".');
    expect(check('2026-11-28', 'Text.\n\n<Graphic id="sugar-factories">\n\nMore.')[0]).toBe(
      'content/chapters/sugar.mdx:11:1 <Graphic> — this tag is never closed. Fix: <Graphic> takes no content: write it self-closing, <Graphic … />.',
    );
  });

  it('checkChapter(text) recognises an id of another kind and names the component that takes it', () => {
    expect(check('2026-11-28', '<Fig id="launch-idle-sugar-plant" />')[0]).toContain('"launch-idle-sugar-plant" is an instruction: write <Quote id="launch-idle-sugar-plant" />');
    expect(check('2026-11-28', '<Graphic id="gas" />')[0]).toContain('"gas" is a map: write <MapFigure id="gas" />.');
    expect(check('2026-11-28', '<MapFigure id="tekeli" />')[0]).toContain('Valid ids: districts, gas.');
  });
});

describe('checkUnique', () => {
  const file = (name: string, order: number, mtime: number) => ({ file: `content/chapters/${name}.mdx`, text: `---\norder: ${order}\ntopic: ${name}\n---\n`, mtime });
  it('checkUnique(chapters) blames the most recently saved file for a repeated order and gives the first free order', () => {
    expect(checkUnique([file('opening', 0, 1), file('sugar', 1, 2), file('gas', 1, 5)]).map((p) => p.message)).toEqual([
      'content/chapters/gas.mdx:2:8 order: 1 — already used by content/chapters/sugar.mdx. Fix: order: 2 (the first order no chapter uses).',
    ]);
  });
});
