// The data table of a claim-based graphic: one row per figure, with the quote linked to its sentence.
import { formatValue } from '../../core/format.ts';
import type { Claim } from '../../schemas/claim.ts';
import { sentenceHref } from '../../core/links.ts';
import { basisText } from '../../data/basis.ts';
import type { Cell, DataTable, TableColumn } from './types.ts';

/** "2022", "target 2025" or "" for a claim. */
export function claimYear(c: Claim): string {
  if (c.asOf !== null) return String(c.asOf);
  if (c.targetYear !== null) return `target ${c.targetYear}`;
  return '';
}

/** The figure as readers say it: "more than 7,000 jobs". */
export const claimFigure = (c: Claim): string => formatValue(c);

export const claimColumns: TableColumn[] = [
  { key: 'label', label: 'What' },
  { key: 'figure', label: 'Figure', numeric: true },
  { key: 'year', label: 'Year' },
  { key: 'quote', label: 'In the speech', href: 'source' },
  { key: 'basis_text', label: 'Stated or counted' },
  { key: 'claim_id', label: 'Claim id', fileOnly: true },
  { key: 'basis', label: 'Basis (stated or derived)', fileOnly: true },
  { key: 'value', label: 'Value', numeric: true, fileOnly: true },
  { key: 'unit', label: 'Unit', fileOnly: true },
  { key: 'qualifier', label: 'Qualifier', fileOnly: true },
  { key: 'as_of', label: 'As of', fileOnly: true },
  { key: 'since_year', label: 'Since', fileOnly: true },
  { key: 'target_year', label: 'Target year', fileOnly: true },
  { key: 'sentences', label: 'Sentence ids', fileOnly: true },
  { key: 'source', label: 'Source link', fileOnly: true },
];

/** One table row for a claim shown under `label`; `extra` adds columns such as a role. */
export function claimRow(c: Claim, label: string, extra: Record<string, Cell> = {}): Record<string, Cell> {
  const first = c.sentences[0];
  return {
    label,
    figure: claimFigure(c),
    year: claimYear(c),
    quote: c.quote,
    basis_text: basisText(c),
    claim_id: c.id,
    basis: c.basis,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    as_of: c.asOf,
    since_year: c.sinceYear,
    target_year: c.targetYear,
    sentences: c.sentences.join(' '),
    source: first === undefined ? null : sentenceHref(first),
    ...extra,
  };
}

/** A table of claims, each under its label. */
export function claimTable(rows: ReadonlyArray<{ claim: Claim; label: string }>): DataTable {
  return { columns: claimColumns, rows: rows.map(({ claim, label }) => claimRow(claim, label)) };
}

/** Capitalises the first letter, so a claim's measure can head a row. */
export const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
