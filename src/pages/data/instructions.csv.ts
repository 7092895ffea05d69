// /data/instructions.csv: the instructions as one flat table (evidence URLs space-separated); the JSON has every field.
import type { APIRoute } from 'astro';
import { body, buildDay, instructions } from '../../data/index.ts';
import { INSTRUCTION_CSV_COLUMNS, instructionCsvRow } from '../../followup/export.ts';
import { toCsv } from '../../core/csv-out.ts';

export const GET: APIRoute = ({ site }) => {
  const ctx = { absolute: (path: string) => new URL(path, site).href, bodyName: (id: string) => body(id).name, today: buildDay };
  return new Response(toCsv(INSTRUCTION_CSV_COLUMNS, instructions.map((i) => instructionCsvRow(i, ctx))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
