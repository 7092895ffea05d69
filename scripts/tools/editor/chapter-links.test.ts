import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceOf } from './chapter-links.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('sourceOf', () => {
  it('sourceOf(root, slug, url) gives the file:line:column of a Markdown link or a prop holding the URL, else undefined', () => {
    root = mkdtempSync(join(tmpdir(), 'chapter-links-'));
    mkdirSync(join(root, 'content/chapters'), { recursive: true });
    writeFileSync(join(root, 'content/chapters/sugar.mdx'), '---\ntitle: "T"\n---\n\nSee [the speech](/speech/#p99s1) and\n<a href="/tracker/">x</a>\n');
    expect(sourceOf(root, 'sugar', '/speech/#p99s1')).toBe('content/chapters/sugar.mdx:5:18');
    expect(sourceOf(root, 'sugar', '/tracker/')).toBe('content/chapters/sugar.mdx:6:10');
    expect(sourceOf(root, 'sugar', '/embeds/')).toBeUndefined();
    expect(sourceOf(root, 'gas', '/speech/')).toBeUndefined();
  });
});
