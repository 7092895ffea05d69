// Byte budgets per kind of page, gzipped, computed from dist/. `npm run budgets` prints the table;
// the e2e suite fails with the rows that grew past their budget.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assetKind, pageAssets } from './assets.ts';
import type { AssetKind } from './assets.ts';
import { kindOf, listPages } from './pages.ts';
import type { PageKind } from './pages.ts';

export const METRICS: readonly AssetKind[] = ['html', 'css', 'js', 'data', 'other'];
export type Budgets = Record<PageKind, Record<AssetKind, number>>;

export interface PageBytes {
  path: string;
  kind: PageKind;
  bytes: Record<AssetKind, number>;
  files: Array<{ file: string; kind: AssetKind; gz: number }>;
}

const gzCache = new Map<string, number>();
export function gzipSize(file: string): number {
  let size = gzCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, size);
  }
  return size;
}

/** Gzipped bytes per page and metric; a page that can load MapLibre is a map page. */
export function measurePages(dist: string): PageBytes[] {
  return listPages(dist).map((page) => {
    const files = pageAssets(dist, page.file, page.path).map((file) => ({ file: relative(dist, file), kind: assetKind(file), gz: gzipSize(file) }));
    const bytes = { html: 0, css: 0, js: 0, data: 0, other: 0 };
    for (const f of files) bytes[f.kind] += f.gz;
    return { path: page.path, kind: kindOf(page.path, files.some((f) => /maplibre/i.test(f.file))), bytes, files };
  });
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Rows for every page and metric over budget, as a table with the biggest files of each; '' when none. */
export function overBudget(measured: PageBytes[], budgets: Partial<Budgets>): string {
  const rows: string[][] = [];
  for (const page of measured) {
    const budget = budgets[page.kind];
    if (budget === undefined) {
      rows.push([page.path, page.kind, '(all)', 'none', '', '', `add a "${page.kind}" entry to scripts/quality/budgets.json`]);
      continue;
    }
    for (const metric of METRICS) {
      const limit = budget[metric];
      if (page.bytes[metric] <= limit) continue;
      const biggest = page.files.filter((f) => f.kind === metric).sort((a, b) => b.gz - a.gz).slice(0, 3);
      rows.push([page.path, page.kind, metric, kb(limit), kb(page.bytes[metric]), `+${kb(page.bytes[metric] - limit)}`, biggest.map((f) => `${f.file} ${kb(f.gz)}`).join(', ')]);
    }
  }
  return rows.length === 0 ? '' : table(['page', 'kind', 'metric', 'budget', 'actual', 'over', 'biggest files (gzipped)'], rows);
}

/** The largest page of each kind against its budget: the table `npm run budgets` prints. */
export function summary(measured: PageBytes[], budgets: Partial<Budgets>): string {
  const kinds = [...new Set(measured.map((p) => p.kind))];
  const rows = kinds.flatMap((kind) => {
    const pages = measured.filter((p) => p.kind === kind);
    return METRICS.map((metric) => {
      const top = pages.reduce((a, b) => (b.bytes[metric] > a.bytes[metric] ? b : a));
      const limit = budgets[kind]?.[metric];
      return [kind, String(pages.length), metric, kb(top.bytes[metric]), top.path, limit === undefined ? 'none' : kb(limit), limit === undefined ? '' : `${Math.round((100 * top.bytes[metric]) / limit)}%`];
    });
  });
  return table(['kind', 'pages', 'metric', 'largest', 'on page', 'budget', 'used'], rows);
}

export function readBudgets(file: string): Partial<Budgets> {
  const { $comment: _, ...budgets } = JSON.parse(readFileSync(file, 'utf8')) as Partial<Budgets> & { $comment?: string };
  return budgets;
}

export const BUDGETS_FILE = new URL('budgets.json', import.meta.url);

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const measured = measurePages(dist);
  const budgets = readBudgets(BUDGETS_FILE.pathname);
  console.log(summary(measured, budgets));
  const over = overBudget(measured, budgets);
  if (over) {
    console.log(`\nOver budget:\n${over}`);
    process.exitCode = 1;
  }
}
