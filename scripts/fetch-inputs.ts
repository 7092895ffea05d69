// `npm run inputs`: copies every third-party input listed in data/inputs.json from the mirror into .inputs/,
// verifying its sha256, so builds read exactly the files the manifest pins.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BuildContext, Problem } from './lib/builder.ts';
import { displayPath, resolvePaths } from './lib/paths.ts';
import { readJsonTable, type Table } from './lib/table.ts';
import { formatReport } from './lib/report.ts';
import { input, type Input } from '../src/schemas/input.ts';

export interface VerifiedInput extends Input {
  /** Absolute path of the verified copy. */
  path: string;
}

export interface FetchResult {
  table: Table<Input>;
  /** Inputs whose copy matches the manifest, by id. */
  verified: Map<string, VerifiedInput>;
  /** How many files were copied (the rest already matched). */
  copied: number;
  problems: Problem[];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const matches = (path: string, hash: string): boolean => existsSync(path) && sha256(readFileSync(path)) === hash;

/** Verifies (and when needed refreshes) the copy of every input; all problems are collected. */
export function fetchInputs(ctx: Pick<BuildContext, 'root' | 'dataDir' | 'mirrorDir' | 'inputsDir'>): FetchResult {
  const table = readJsonTable(ctx, 'inputs.json', input, Object.keys(input.shape));
  const problems = [...table.problems];
  const verified = new Map<string, VerifiedInput>();
  let copied = 0;
  let mirrorOk: boolean | undefined;
  for (const { line, value } of table.rows) {
    const copy = join(ctx.inputsDir, value.file);
    if (matches(copy, value.sha256)) {
      verified.set(value.id, { ...value, path: copy });
      continue;
    }
    mirrorOk ??= existsSync(ctx.mirrorDir) && statSync(ctx.mirrorDir).isDirectory();
    if (!mirrorOk) {
      problems.push({ file: displayPath(ctx.root, ctx.mirrorDir), expected: 'the mirror folder of third-party inputs (speech and geodata)',
        received: 'no such folder',
        hint: `Tried ${ctx.mirrorDir}. Put the shared folder beside the project (../shared) or set ZHETYSU_SHARED_DIR=/path/to/shared.` });
      break;
    }
    const original = join(ctx.mirrorDir, value.file);
    const file = displayPath(ctx.root, original);
    if (!existsSync(original)) {
      problems.push({ file, expected: `the input "${value.id}" listed in ${table.file} line ${line}`, received: 'no such file',
        hint: `Check its "file" in ${table.file} (relative to ${ctx.mirrorDir}), or restore the file in the mirror.` });
      continue;
    }
    const bytes = readFileSync(original);
    const actual = sha256(bytes);
    if (actual !== value.sha256) {
      problems.push({ file, field: 'sha256', expected: `sha256 ${value.sha256} (${table.file} line ${line})`, received: `sha256 ${actual}`,
        hint: `The mirror file differs from the one the project was checked against. Restore the original, or review the new file and write its sha256 into ${table.file}.` });
      continue;
    }
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(`${copy}.tmp`, bytes);
    renameSync(`${copy}.tmp`, copy);
    copied += 1;
    verified.set(value.id, { ...value, path: copy });
  }
  return { table, verified, copied, problems };
}

if (import.meta.main) {
  const paths = resolvePaths(resolve(import.meta.dirname, '..'), process.argv.slice(2), process.env);
  const result = fetchInputs(paths);
  if (result.problems.length > 0) {
    console.error(formatReport(result.problems, 'the inputs named above are not in .inputs/'));
    process.exit(1);
  }
  console.log(`inputs: ${result.verified.size} verified in ${displayPath(paths.root, paths.inputsDir)} (${result.copied} copied from ${paths.mirrorDir})`);
}
