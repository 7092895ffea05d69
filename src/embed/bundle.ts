// Compiles a browser entry (the child script, the loader) to one small classic script at build time,
// served from a stable URL that host pages can paste.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Path of an entry in src/embed/, from the project root Astro and vitest both run in. */
export function embedEntry(name: 'child' | 'loader'): string {
  return resolve(process.cwd(), 'src/embed', `${name}.ts`);
}

/** Bundles and minifies one entry into an IIFE for the browsers news sites' readers use. */
export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    // ES2020 (optional chaining, ??) runs in every browser since 2020; es2019 spelled them out (+46 B gz in child.js).
    target: 'es2020',
    legalComments: 'none',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`bundleScript: esbuild produced no output for ${entry}`);
  return file.text;
}
