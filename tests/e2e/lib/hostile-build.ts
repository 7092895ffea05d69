// Builds the whole site once more, into a temporary copy of the project, from data in which a place
// name and other dataset texts carry markup; the escaping test then looks for that markup everywhere.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import { ROOT } from './site.ts';

/** Markup that would run, load an image or break out of a <script> if any output skipped escaping. */
export const hostile = (field: string): string =>
  `<img src=x-${field} onerror=alert(1)></script><script>alert("${field}")</script>&amp;`;

export interface Injection {
  /** What was changed, e.g. `data/places.csv taldykorgan.name_en`. */
  field: string;
  /** The full new value, as a reader must see it. */
  value: string;
  /** A plain token inside the markup (`x-places-name-en`), findable however the value was encoded. */
  token: string;
}

// Inputs, outputs and tooling that the copy must not carry (node_modules is linked instead).
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.inputs', 'bench', 'tests', 'src/generated', 'public/generated']);

const csvCell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Rewrites one cell of a CSV file (by row id and column); other cells keep their values. */
function setCsvCell(file: string, id: string, column: string, update: (old: string) => string): string {
  const table = parseCsv(readFileSync(file, 'utf8'), file);
  const record = table.records.find((r) => r.cells['id'] === id);
  if (!record || !table.header.includes(column)) throw new Error(`${file}: no row ${id} with a ${column} column to inject markup into`);
  const value = update(record.cells[column] ?? '');
  record.cells[column] = value;
  const rows = [table.header, ...table.records.map((r) => table.header.map((h) => r.cells[h] ?? ''))];
  writeFileSync(file, `${rows.map((cells) => cells.map(csvCell).join(',')).join('\n')}\n`);
  return value;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed in the hostile build:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
}

/** Copies the project, injects markup into the data, runs data + astro build + headers; returns dist. */
export function hostileBuild(): { dist: string; injections: Injection[] } {
  const parent = mkdtempSync(join(tmpdir(), 'hostile-'));
  const project = join(parent, 'project');
  cpSync(ROOT, project, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('\\').join('/')) });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  // The mirror of third-party inputs sits beside the project, as ../shared does for the real one.
  symlinkSync(resolve(process.env['ZHETYSU_SHARED_DIR'] ?? join(ROOT, '..', 'shared')), join(parent, 'shared'), 'dir');

  const data = join(project, 'data');
  const injections: Injection[] = [];
  const inject = (file: string, id: string, column: string, keep: boolean): void => {
    const field = `${file.replace(/\.csv$/, '')}-${column}`.replace(/_/g, '-');
    const value = setCsvCell(join(data, file), id, column, (old) => (keep ? `${old} ${hostile(field)}` : hostile(field)));
    injections.push({ field: `data/${file} ${id}.${column}`, value, token: `x-${field}` });
  };
  const first = (file: string): string => parseCsv(readFileSync(join(data, file), 'utf8'), file).records[0]?.cells['id'] ?? '';
  inject('places.csv', 'taldykorgan', 'name_en', true);
  inject('claims.csv', first('claims.csv'), 'measure', true);
  inject('projects.csv', first('projects.csv'), 'name', true);
  inject('instructions.csv', first('instructions.csv'), 'action', true);
  // Follow-up texts come from outside the speech (outlets, our summaries of their reports): escaped like the rest.
  const followupFile = join(data, 'followup.json');
  const entries = JSON.parse(readFileSync(followupFile, 'utf8')) as { instruction?: string; note: string; evidence?: { outlet: string; summary: string }[] }[];
  const entry = entries.find((e) => e.instruction !== undefined && (e.evidence ?? []).length > 0);
  const evidence = entry?.evidence?.[0];
  if (!entry || !evidence) throw new Error('data/followup.json: no instruction entry with evidence to inject markup into');
  for (const [field, set] of [['followup-note', (v: string) => (entry.note = v)], ['followup-outlet', (v: string) => (evidence.outlet = v)], ['followup-summary', (v: string) => (evidence.summary = v)]] as const) {
    const value = `${field} ${hostile(field)}`;
    set(value);
    injections.push({ field: `data/followup.json ${entry.instruction ?? ''}.${field}`, value, token: `x-${field}` });
  }
  writeFileSync(followupFile, `${JSON.stringify(entries, null, 2)}\n`);

  const env = { ...process.env, ZHETYSU_SHARED_DIR: join(parent, 'shared') };
  run(['scripts/build-data.ts'], project, env);
  run(['node_modules/astro/bin/astro.mjs', 'build'], project, env);
  run(['scripts/deploy/headers.ts'], project, env);
  return { dist: join(project, 'dist'), injections };
}
