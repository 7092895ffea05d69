import { describe, expect, it } from 'vitest';
import { chapterSchema } from './chapter-schema.ts';

const schema = chapterSchema(() => ({ claim: new Set(['unused-land', 'sugar-target']), topic: new Set(['sugar', 'opening']) }));
const good = {
  title: 'Sugar and food',
  dek: 'Why the President wants the idle sugar factory running again.',
  order: 2,
  topic: 'sugar',
  keyFigure: 'sugar-target',
  updated: '2025-01-31',
};
const messages = (input: unknown): string[] => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('chapterSchema', () => {
  it('chapterSchema(ids) accepts valid frontmatter and turns updated into a date', () => {
    const r = schema.parse(good);
    expect(r.updated).toBeInstanceOf(Date);
    expect(r.topic).toBe('sugar');
  });

  it('chapterSchema(ids) names unknown ids with the nearest valid ones', () => {
    expect(messages({ ...good, topic: 'sugr', keyFigure: 'sugar-targets' })).toEqual([
      'topic: "sugr" is not a topic id in data/topics.csv. Did you mean: sugar?',
      'keyFigure: "sugar-targets" is not a claim id in data/claims.csv. Did you mean: sugar-target?',
    ]);
  });

  it('chapterSchema(ids) says what is missing and how to write it', () => {
    expect(messages({})).toMatchInlineSnapshot(`
      [
        "title: title is required: the chapter headline, in quotes.",
        "dek: dek is required: one sentence under the headline (it is also the meta description).",
        "order: order is required: a whole number, 0 for the opening chapter, then 1, 2, …",
        "topic: topic is required: an id from data/topics.csv.",
        "updated: updated is required: the date of the last change, as YYYY-MM-DD.",
      ]
    `);
  });

  it('chapterSchema(ids) lets keyFigure be left out for a topic without figures', () => {
    const { keyFigure, ...rest } = good;
    expect(keyFigure).toBeDefined();
    expect(schema.parse(rest).keyFigure).toBeUndefined();
  });

  it('chapterSchema(ids) rejects typed numbers in the dek, years included', () => {
    expect(messages({ ...good, dek: 'The President promised 180,000 tonnes of white sugar.' })[0]).toContain('dek must not contain typed numbers');
    expect(messages({ ...good, dek: 'What the President said in Taldykorgan in October 2022.' })[0]).toContain('years included');
    expect(messages({ ...good, dek: 'What the President said in Taldykorgan about sugar.' })).toEqual([]);
  });

  it('chapterSchema(ids) rejects typed numbers in the title, years included', () => {
    expect(messages({ ...good, title: 'Sugar: a target for 2026' })[0]).toContain('title must not contain typed numbers');
    expect(messages({ ...good, title: 'Sugar: an idle factory and a target' })).toEqual([]);
  });
});
