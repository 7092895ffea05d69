// The data build's first step (also `npm run inputs`): copies every third-party input listed in data/inputs.json
// from the mirror into .inputs/, verifying its sha256, so builds read exactly the files the manifest pins.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuildContext, Problem } from './builder.ts';
import { displayPath } from './paths.ts';
import { readJsonTable, type Table } from './table.ts';
import { decodeText, readFailure } from './text.ts';
import { input, type Input } from '../../src/schemas/input.ts';

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

/** The mirror file's bytes, or why it cannot be read (a missing file, a symlink loop…). */
function readOriginal(path: string): { bytes?: Uint8Array; failure?: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { failure: readFailure(error) };
  }
}

/** Verifies (and when needed refreshes) the copy of every input; all problems are collected. */
export function fetchInputs(ctx: Pick<BuildContext, 'root' | 'dataDir' | 'mirrorDir' | 'inputsDir'>): FetchResult {
  const table = readJsonTable(ctx, 'inputs.json', input, Object.keys(input.shape));
  const problems = [...table.problems];
  const verified = new Map<string, VerifiedInput>();
  let copied = 0;
  let mirrorOk: boolean | undefined;
  const changed = (file: string, pinned: string, actual: string, line: number, usingCopy: boolean): Problem => ({
    file, field: 'sha256', expected: `sha256 ${pinned} (${table.file} line ${line})`, received: `sha256 ${actual}`,
    hint: `The mirror file differs from the one the project was checked against${usingCopy ? ' (the verified copy in .inputs/ still matches, but the next fresh checkout would fail)' : ''}. Restore the original, or review the new file and write its sha256 into ${table.file}.`,
  });
  for (const { line, value } of table.rows) {
    const copy = join(ctx.inputsDir, value.file);
    const held = existsSync(copy) ? readOriginal(copy).bytes : undefined;
    if (held !== undefined && sha256(held) === value.sha256) {
      // The copy is what the build reads, but a mirror that moved on since must not go unnoticed.
      const original = join(ctx.mirrorDir, value.file);
      const now = existsSync(original) ? readOriginal(original).bytes : undefined;
      if (now !== undefined && sha256(now) !== value.sha256) problems.push(changed(displayPath(ctx.root, original), value.sha256, sha256(now), line, true));
      const decoded = decodeText(held, displayPath(ctx.root, copy));
      if (decoded.problem) problems.push(decoded.problem);
      else verified.set(value.id, { ...value, path: copy });
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
    const { bytes, failure } = readOriginal(original);
    if (bytes === undefined) {
      problems.push({ file, expected: `the input "${value.id}" listed in ${table.file} line ${line}`, received: failure ?? 'no such file',
        hint: failure?.startsWith('a symbolic link loop')
          ? `Replace the link with the file itself or point it at the real file (ls -l ${original}).`
          : `Check its "file" in ${table.file} (relative to ${ctx.mirrorDir}), or restore the file in the mirror.` });
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== value.sha256) {
      problems.push(changed(file, value.sha256, actual, line, false));
      continue;
    }
    // A checksum pins bytes, not their meaning: a re-pinned file in a legacy encoding would reach every page as mojibake.
    const decoded = decodeText(bytes, file);
    if (decoded.problem) {
      problems.push(decoded.problem);
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

