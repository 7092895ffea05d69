// /data/instructions.json: every instruction with its deadline, who is named, status and evidence, for reuse.
import type { APIRoute } from 'astro';
import { sourceLine } from '../../core/source-line.ts';
import { body, buildDay, instructions, source } from '../../data/index.ts';
import { instructionOut } from '../../followup/export.ts';

export const GET: APIRoute = ({ site }) => {
  const ctx = { absolute: (path: string) => new URL(path, site).href, bodyName: (id: string) => body(id).name, today: buildDay };
  const out = {
    title: 'Instructions in President Tokayev’s Zhetysu speech, and what was reported since',
    source: sourceLine(source),
    generated: buildDay,
    note: 'Statuses say what a source reported, not what was verified. Summaries are ours; follow each URL for the report itself.',
    instructions: instructions.map((i) => instructionOut(i, ctx)),
  };
  return new Response(`${JSON.stringify(out, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
