import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroImports, runDeps } from './deps.ts';

const CONFIG = join(import.meta.dirname, '../../.dependency-cruiser.cjs');

describe('astroImports', () => {
  it('astroImports(source) reads the frontmatter and <script> blocks, not the markup', () => {
    const source = "---\nimport A from './A.astro';\nimport type { T } from '../t.ts';\n---\n<p>import x from 'nowhere'</p>\n<script>\n  import { go } from './go.ts';\n</script>\n";
    expect(astroImports(source)).toEqual(['./A.astro', '../t.ts', './go.ts']);
  });
});

describe('runDeps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('src/core/format.ts', 'export const f = 1;\n');
  put('src/generated/x.json', '{}\n');
  put('src/data/index.ts', "import x from '../generated/x.json';\nimport { f } from '../core/format.ts';\nexport const data = [x, f];\n");
  put('src/charts/bar.ts', "import { data } from '../data/index.ts';\nexport const bar = data;\n");
  put('src/maps/client/live.ts', "import { Map } from 'maplibre-gl';\nexport const live = Map;\n");
  put('src/components/Chart.astro', "---\nimport { bar } from '../charts/bar.ts';\n---\n<p>{bar}</p>\n");
  put('src/pages/index.astro', "---\nimport Chart from '../components/Chart.astro';\n---\n<Chart />\n");
  put('tests/lib/helper.ts', 'export const h = 1;\n');

  it('runDeps(root) passes a project whose imports point down the layers', async () => {
    const result = await runDeps(dir, CONFIG);
    expect(result.violations).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('runDeps(root) names each broken rule: upward import, folder ring, generated data, tests/, maplibre-gl, the leaf', async () => {
    put('src/data/names.ts', "import { bar } from '../charts/bar.ts';\nexport const n = bar;\n");
    put('src/charts/table.ts', "import x from '../generated/x.json';\nimport { h } from '../../tests/lib/helper.ts';\nimport { Popup } from 'maplibre-gl';\nexport const t = [x, h, Popup];\n");
    put('src/core/site.ts', "import { data } from '../data/index.ts';\nexport const s = data;\n");
    const result = await runDeps(dir, CONFIG);
    const rules = new Set(result.violations.map((v) => v.split(':')[0]));
    expect([...rules].sort()).toEqual([
      'core-imports-nothing', 'generated-only-through-data', 'maplibre-only-in-map-client', 'no-folder-cycle', 'no-tests-from-code',
      'no-upward-from-corestyles', 'no-upward-from-data',
    ]);
    expect(result.violations).toContain('no-upward-from-data: src/data/names.ts → src/charts/bar.ts');
    expect(result.folderCycles).toContain('src/charts → src/data');
    expect(result.exitCode).toBeGreaterThan(0);
  });
});
