// /data/projects.json: every project the speech names, its state then and what was reported since.
import type { APIRoute } from 'astro';
import { sourceLine } from '../../core/source-line.ts';
import { buildDay, projects, source } from '../../data/index.ts';
import { projectOut } from '../../followup/export.ts';

export const GET: APIRoute = () => {
  const out = {
    title: 'Projects named in President Tokayev’s Zhetysu speech, and what was reported since',
    source: sourceLine(source),
    generated: buildDay,
    note: '`state_in_speech` is the state the speech gives; `status` is what later sources reported.',
    projects: projects.map(projectOut),
  };
  return new Response(`${JSON.stringify(out, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
