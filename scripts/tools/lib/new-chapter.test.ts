import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chapterSchema } from '../../../src/content/chapter-schema.ts';
import { newChapter, PLACEHOLDER_DEK, slugify } from './new-chapter.ts';

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
    const made = newChapter({ root, title: 'Sugar and food', today: '2025-02-01' });
    expect(made).toEqual({ file: 'content/chapters/sugar.mdx', path: '/chapters/sugar/' });
    const text = readFileSync(join(root, made.file), 'utf8');
    const fm = frontmatter(text);
    expect(fm).toMatchObject({ title: 'Sugar and food', dek: PLACEHOLDER_DEK, order: 1, topic: 'sugar', keyFigure: 'sugar-target', updated: '2025-02-01' });
    const schema = chapterSchema(() => ({ claim: new Set(['sugar-target']), topic: new Set(['sugar']) }));
    // Everything passes but the dek, which must be written before the chapter builds.
    expect(schema.safeParse(fm).error?.issues.map((i) => i.path.join('.'))).toEqual(['dek']);
    expect(schema.safeParse({ ...fm, dek: 'Why the President wants the idle sugar factory running again.' }).success).toBe(true);
    expect(text).toContain('<Fig id="sugar-target" show="both" />');
    expect(text).toContain('<Graphic id="sugar-output" />');
  });

  it('newChapter(title, topic) uses the given topic and explains a missing graphic', () => {
    const text = readFileSync(join(root, newChapter({ root, title: 'Gas', topic: 'gas', today: '2025-02-01' }).file), 'utf8');
    expect(frontmatter(text)['keyFigure']).toBe('gas-share');
    expect(text).toContain('No graphic has chapter "gas"');
  });

  it('newChapter(title, topic) leaves keyFigure out when no claim has the topic', () => {
    writeFileSync(join(root, 'data/topics.csv'), 'id,title,order,summary\nopening,Opening,1,x\nunity,Unity,2,y\n');
    const text = readFileSync(join(root, newChapter({ root, title: 'Unity', topic: 'unity', today: '2025-02-01' }).file), 'utf8');
    expect(text).not.toMatch(/^keyFigure:/m);
    expect(text).toContain('No claim has topic "unity"');
    // No placeholder component that would fail the chapter's own check.
    expect(text).not.toMatch(/<Fig id="…"|<Graphic id="…"/);
  });

  it('newChapter(title) refuses to overwrite an existing chapter', () => {
    writeFileSync(join(root, 'content/chapters/sugar.mdx'), '---\ntitle: "Draft"\n---\n');
    expect(() => newChapter({ root, title: 'Sugar', topic: 'sugar', today: '2025-02-01' })).toThrow(
      'content/chapters/sugar.mdx already exists; it was left untouched.',
    );
    expect(readFileSync(join(root, 'content/chapters/sugar.mdx'), 'utf8')).toContain('title: "Draft"');
  });

  it('newChapter(title, topic) refuses a topic that already has a chapter', () => {
    expect(() => newChapter({ root, title: 'Another opening', topic: 'opening', today: '2025-02-01' })).toThrow(
      'The topic "opening" already has a chapter (content/chapters/opening.mdx); each topic has one. Topics without a chapter: sugar, gas.',
    );
  });

  it('newChapter(title) explains what to do when every topic has a chapter', () => {
    newChapter({ root, title: 'Sugar', today: '2025-02-01' });
    newChapter({ root, title: 'Gas', today: '2025-02-01' });
    expect(() => newChapter({ root, title: 'Medical posts', today: '2025-02-01' })).toThrow(
      'Every topic in data/topics.csv already has a chapter (one chapter per topic). Add a topic with the chapter: npm run new:chapter -- "Medical posts" --topic medical-posts --topic-title "Medical posts"',
    );
  });

  it('newChapter(title, topic) names the valid topics when the topic is unknown', () => {
    expect(() => newChapter({ root, title: 'X chapter', topic: 'sugr', today: '2025-02-01' })).toThrow(
      '--topic "sugr" is not a topic id in data/topics.csv. Topics: opening, sugar, gas. To add it with the chapter: npm run new:chapter -- "X chapter" --topic sugr --topic-title "X chapter"',
    );
  });

  it('newChapter(title, topic, topicTitle) adds the new topic to data/topics.csv after the last one, with a summary to write', () => {
    const made = newChapter({ root, title: 'Medical posts', topic: 'medical-posts', topicTitle: 'Medical posts', today: '2025-02-01' });
    expect(made).toMatchObject({ file: 'content/chapters/medical-posts.mdx', path: '/chapters/medical-posts/' });
    expect(readFileSync(join(root, 'data/topics.csv'), 'utf8').split('\n').at(-2)).toBe('medical-posts,Medical posts,4,TODO: one or two sentences on what the speech says about this theme.');
    expect(frontmatter(readFileSync(join(root, made.file), 'utf8'))).toMatchObject({ topic: 'medical-posts', order: 1 });
  });
});
