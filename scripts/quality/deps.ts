// npm run deps: dependency-cruiser over src/, scripts/ and tests/ with .dependency-cruiser.cjs; exits 1 on a violation.
// dependency-cruiser cannot parse .astro, so each .astro file is read through its frontmatter and <script> blocks.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { cruise, format, type ICruiseResult } from 'dependency-cruiser';

/** The import specifiers of an .astro file: its frontmatter and every <script> body (type imports included). */
export function astroImports(source: string): string[] {
  const blocks: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (front) blocks.push(front[1]!);
  for (const m of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) blocks.push(m[1]!);
  return blocks.flatMap((b) => ts.preProcessFile(b, true, true).importedFiles.map((f) => f.fileName));
}

// Registers an .astro "transpiler" that hands dependency-cruiser one bare import per specifier; it is the
// same module instance dependency-cruiser uses, reached by file URL because the package does not export it.
const transpileUrl = new URL('../extract/transpile/index.mjs', import.meta.resolve('dependency-cruiser'));
const { EXTENSION2WRAPPER } = (await import(transpileUrl.href)) as { EXTENSION2WRAPPER: Map<string, unknown> };
EXTENSION2WRAPPER.set('.astro', {
  isAvailable: () => true,
  version: () => 'frontmatter',
  transpile: (source: string) => astroImports(source).map((s) => `import ${JSON.stringify(s)};`).join('\n'),
});

function astroFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'node_modules' ? [] : astroFiles(root, p);
    return e.name.endsWith('.astro') ? [p] : [];
  });
}

export interface DepsResult {
  /** dependency-cruiser's own report, one line per violation. */
  report: string;
  exitCode: number;
  /** "rule: from → to" for every violation. */
  violations: string[];
  /** "src/a → src/b" for every dependency between top-level folders of src/ that lies on a cycle. */
  folderCycles: string[];
}

/** Cruises `root` (its src/, scripts/ and tests/) with the config file `config`. */
export async function runDeps(root: string, config = join(root, '.dependency-cruiser.cjs')): Promise<DepsResult> {
  const rules = createRequire(import.meta.url)(resolve(config));
  const roots = ['src', 'scripts', 'tests'].filter((d) => existsSync(join(root, d)));
  const result = await cruise([...roots, ...astroFiles(root, 'src')], {
    ...rules.options,
    validate: true,
    ruleSet: { forbidden: rules.forbidden },
    metrics: true,
    baseDir: root,
  });
  if (typeof result.output === 'string') throw new Error(`deps: dependency-cruiser gave no result: ${result.output}`);
  const output: ICruiseResult = result.output;
  const report = await format(output, { outputType: 'err' });
  const top = /^src\/[^/]+$/;
  return {
    report: String(report.output),
    exitCode: report.exitCode,
    violations: output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`),
    folderCycles: (output.folders ?? []).flatMap((f) =>
      (f.dependencies ?? []).filter((d) => d.circular && top.test(f.name) && top.test(d.name)).map((d) => `${f.name} → ${d.name}`)),
  };
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '../..');
  const at = process.argv.indexOf('--config');
  const result = await runDeps(root, at > 0 ? resolve(process.argv[at + 1]!) : undefined);
  process.stdout.write(result.report);
  process.stdout.write(`folder-level dependencies of src/ on a cycle: ${result.folderCycles.length}${result.folderCycles.map((c) => `\n  ${c}`).join('')}\n`);
  process.exitCode = result.exitCode;
}
