// The Nu Html Checker over built pages, run on the system Java (the vnu-jar install script that
// would download one is refused in package.json).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// Gaps in the checker's own CSS grammar, not errors: container queries (CSS Containment 3, in every
// browser since 2023) are unknown to it. Only these exact messages are dropped; all others count.
export const CHECKER_GAPS = [
  /^CSS: Unrecognized at-rule “@container”\.?$/,
  /^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.$/,
];

const jar = (): string => join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** One problem per vnu error (warnings do not count) in `files`, with file:line relative to `root`. */
export function checkHtmlValidity(files: string[], root: string): string[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', jar(), '--format', 'json', '--errors-only', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`vnu did not run (${run.error?.message ?? `exit ${run.status}`}): is Java 17+ on PATH? ${run.stderr.slice(0, 400)}`);
  }
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => (m.type === 'error' || m.subType === 'fatal') && !CHECKER_GAPS.some((gap) => gap.test(m.message)))
    .map((m) => {
      const file = m.url ? relative(root, fileURLToPath(m.url)) : '?';
      const extract = m.extract ? ` near "${m.extract.replace(/\s+/g, ' ').trim()}"` : '';
      return `${file}:${m.lastLine ?? '?'}: ${m.message}${extract}`;
    });
}
