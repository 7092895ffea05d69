import { describe, expect, it } from 'vitest';
import { isChapterFile, isDataFile, quietBuild, toEditorProblem } from './editor-loop.ts';

describe('isDataFile', () => {
  it('isDataFile(root, file) is true for files under data/, the mirror manifest included, not for editor swap files', () => {
    expect(isDataFile('/p', '/p/data/claims.csv')).toBe(true);
    expect(isDataFile('/p', '/p/data/inputs.json')).toBe(true);
    expect(isDataFile('/p', '/p/data/.claims.csv.swp')).toBe(false);
    expect(isDataFile('/p', '/p/src/generated/claims.json')).toBe(false);
  });
});

describe('isChapterFile', () => {
  it('isChapterFile(root, file) is true for content/chapters/*.mdx only', () => {
    expect(isChapterFile('/p', '/p/content/chapters/sugar.mdx')).toBe(true);
    expect(isChapterFile('/p', '/p/content/chapters/notes.md')).toBe(false);
    expect(isChapterFile('/p', '/p/content/other/sugar.mdx')).toBe(false);
  });
});

describe('quietBuild', () => {
  it('quietBuild(warning) drops the MDX head-inject directive warning and passes every other warning on', () => {
    const passed: string[] = [];
    quietBuild({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of "use astro:head-inject" in "a.mdx"' }, (w) => passed.push(w.message));
    quietBuild({ code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client" in x.ts' }, (w) => passed.push(w.message));
    quietBuild({ code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' }, (w) => passed.push(w.message));
    expect(passed).toEqual(['"use client" in x.ts', 'a -> b -> a']);
  });
});

describe('toEditorProblem', () => {
  it('toEditorProblem(problem) keeps the location and formats the message from file:line:column', () => {
    expect(toEditorProblem({ file: 'data/claims.csv', line: 8, column: 27, field: 'unit', received: 'exact', expected: 'a unit' })).toEqual({
      file: 'data/claims.csv', line: 8, column: 27, message: 'data/claims.csv:8:27 column unit: received "exact", expected a unit.',
    });
  });
});
