import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/lib/chapter-schema.ts';
import { newChapter, slugify } from './new-chapter.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-chapter-'));
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'content/chapters'), { recursive: true });
  writeFileSync(join(root, 'data/topics.csv'), 'id,title,order,summary\nopening,Opening,1,x\nsugar,Sugar,2,y\ngas,Gas,3,z\n');
  writeFileSync(
    join(root, 'data/claims.csv'),
    'id,value,unit,qualifier,measure,as_of,target_year,topic,districts,places,projects,quote,note\n' +
      'sugar-target,180000,tonnes,exact,white sugar,,2026,sugar,,,,"q",\n' +
      'gas-share,10,percent,exact,gas,2022,,gas,,,,"q",\n',
  );
  writeFileSync(join(root, 'data/graphics.json'), JSON.stringify([{ id: 'sugar-output', type: 'bar', chapter: 'sugar' }]));
  writeFileSync(join(root, 'content/chapters/opening.mdx'), '---\ntitle: "Opening"\norder: 0\ntopic: opening\n---\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Reads the simple `key: value` frontmatter the template writes. */
const frontmatter = (text: string): Record<string, unknown> => {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').map((l) => {
      const [k = '', ...v] = l.split(': ');
      const raw = v.join(': ');
      return [k, raw.startsWith('"') ? JSON.parse(raw) : /^\d+$/.test(raw) ? Number(raw) : raw];
    }),
  );
};

describe('slugify', () => {
  it('slugify(title) makes a lowercase kebab-case file name', () => {
    expect(slugify('Sugar & Food: the idle plant')).toBe('sugar-food-the-idle-plant');
    expect(slugify('  Ãkimat  ')).toBe('akimat');
    expect(slugify('!!!')).toBe('');
  });
});

describe('newChapter', () => {
  it('newChapter(title) writes frontmatter that passes the chapter schema, for the first topic without a chapter', () => {
    const rel = newChapter({ root, title: 'Sugar and food', today: '2025-02-01' });
    expect(rel).toBe('content/chapters/sugar-and-food.mdx');
    const text = readFileSync(join(root, rel), 'utf8');
    const fm = frontmatter(text);
    expect(fm).toMatchObject({ title: 'Sugar and food', order: 1, topic: 'sugar', keyFigure: 'sugar-target', updated: '2025-02-01' });
    const schema = chapterSchema(() => ({ claim: new Set(['sugar-target']), topic: new Set(['sugar']) }));
    expect(schema.safeParse(fm).success).toBe(true);
    expect(text).toContain('<Fig id="sugar-target" show="both" />');
    expect(text).toContain('<Graphic id="sugar-output" />');
  });

  it('newChapter(title, topic) uses the given topic and explains a missing graphic', () => {
    const text = readFileSync(join(root, newChapter({ root, title: 'Gas', topic: 'gas', today: '2025-02-01' })), 'utf8');
    expect(frontmatter(text)['keyFigure']).toBe('gas-share');
    expect(text).toContain('No graphic has chapter "gas"');
  });

  it('newChapter(title, topic) leaves keyFigure out when no claim has the topic', () => {
    writeFileSync(join(root, 'data/topics.csv'), 'id,title,order,summary\nopening,Opening,1,x\nunity,Unity,2,y\n');
    const text = readFileSync(join(root, newChapter({ root, title: 'Unity', topic: 'unity', today: '2025-02-01' })), 'utf8');
    expect(text).not.toMatch(/^keyFigure:/m);
    expect(text).toContain('No claim has topic "unity"');
  });

  it('newChapter(title) refuses to overwrite an existing chapter', () => {
    expect(() => newChapter({ root, title: 'Opening', today: '2025-02-01' })).toThrow(
      'content/chapters/opening.mdx already exists; it was left untouched.',
    );
    expect(readFileSync(join(root, 'content/chapters/opening.mdx'), 'utf8')).toContain('title: "Opening"');
  });

  it('newChapter(title, topic) refuses a topic that already has a chapter', () => {
    expect(() => newChapter({ root, title: 'Another opening', topic: 'opening', today: '2025-02-01' })).toThrow(
      'The topic "opening" already has a chapter (content/chapters/opening.mdx); each topic has one. Topics without a chapter: sugar, gas.',
    );
  });

  it('newChapter(title) explains what to do when every topic has a chapter', () => {
    newChapter({ root, title: 'Sugar', today: '2025-02-01' });
    newChapter({ root, title: 'Gas', today: '2025-02-01' });
    expect(() => newChapter({ root, title: 'More', today: '2025-02-01' })).toThrow('Every topic in data/topics.csv already has a chapter.');
  });

  it('newChapter(title, topic) names the valid topics when the topic is unknown', () => {
    expect(() => newChapter({ root, title: 'X chapter', topic: 'sugr', today: '2025-02-01' })).toThrow(
      '--topic "sugr" is not a topic id in data/topics.csv. Topics: opening, sugar, gas.',
    );
  });
});
