// A second, independent check of the layering: every import of src/ (unit tests aside) mapped to its top-level
// folder, and the rings in that folder graph (Tarjan). Its own regex reader, so the claim does not rest on dependency-cruiser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SOURCE = /\.(ts|mts|js|mjs|astro)$/;
// import x from '…', import '…', export … from '…', import('…'); type imports included.
const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative import specifiers of one source text (comments stripped first). */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2] ?? '').filter((s) => s.startsWith('.'));
}

/** Every file under `dir` (relative to `root`) that the graph reads. */
function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === '__snapshots__' ? [] : sourceFiles(root, path);
    return SOURCE.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The top-level folder of a path under src/ ("src/charts/bar.ts" → "charts"); files directly in src/ are their own node. */
const folderOf = (path: string): string => path.split('/')[1] ?? path;

/** Edges "from → to" between top-level folders of src/, read from the files under `root`/src. */
export function folderEdges(root: string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(root, 'src')) {
    for (const spec of importSpecifiers(readFileSync(join(root, file), 'utf8'))) {
      const target = relative(root, normalize(join(root, dirname(file), spec.replace(/\?.*$/, ''))));
      if (!target.startsWith('src/')) continue;
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  return edges;
}

/** The strongly connected groups of more than one folder: each is a ring of folders that import each other. */
export function folderCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])])].sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return groups;
}

if (import.meta.main) {
  const edges = folderEdges(join(import.meta.dirname, '../..'));
  const cycles = folderCycles(edges);
  for (const [from, to] of edges) console.log(`${from} → ${[...to].sort().join(', ')}`);
  console.log(cycles.length === 0 ? 'folder graph of src/: no cycle' : `folder graph of src/: ${cycles.length} cycle(s): ${cycles.map((c) => c.join(' ⇄ ')).join('; ')}`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
