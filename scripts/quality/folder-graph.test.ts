import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderCycles, folderEdges, importSpecifiers } from './folder-graph.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('importSpecifiers', () => {
  it('importSpecifiers(text) reads static, type, side-effect, re-export and dynamic imports, not comments', () => {
    const text = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './c.css';",
      "export { d } from './d.ts';",
      "const e = await import('./e.ts');",
      "// import x from './commented.ts';",
      "import z from 'zod';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.ts', '../b.ts', './c.css', './d.ts', './e.ts']);
  });
});

describe('folderCycles', () => {
  it('folderCycles(edges) finds a ring of folders and leaves a one-way chain alone', () => {
    const ring = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(folderCycles(ring)).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])]]))).toEqual([]);
  });
});

describe('folderEdges', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folder-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('folderEdges(root) reads .ts and .astro files, skips unit tests, and reports the ring they make', () => {
    put('src/core/x.ts', "export const x = 1;\n");
    put('src/charts/bar.ts', "import { x } from '../core/x.ts';\nexport const bar = x;\n");
    put('src/maps/Map.astro', "---\nimport { bar } from '../charts/bar.ts';\n---\n<svg>{bar}</svg>\n");
    put('src/charts/bar.test.ts', "import '../maps/Map.astro';\n");
    expect(folderCycles(folderEdges(dir))).toEqual([]);
    put('src/core/y.ts', "import { bar } from '../charts/bar.ts';\nexport const y = bar;\n");
    expect(folderCycles(folderEdges(dir))).toEqual([['charts', 'core']]);
  });
});

describe('src/', () => {
  it('src/: no two top-level folders import each other, directly or through others', () => {
    const cycles = folderCycles(folderEdges(ROOT));
    expect(cycles, `folders in a ring: ${cycles.map((c) => c.join(' ⇄ ')).join('; ')} — move the shared code down a layer (README, "Where to put X")`).toEqual([]);
  });
});
