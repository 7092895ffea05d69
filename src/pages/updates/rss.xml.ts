// /updates/rss.xml: every status change as a feed item, so readers and newsrooms hear of a new report.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { instructions, projects } from '../../data/index.ts';
import { site as siteMeta } from '../../core/site.ts';
import { statusChanges } from '../../followup/updates.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: `${siteMeta.title}: status changes`,
    description: 'Each time what was reported about an instruction or project of the Zhetysu speech changes its status.',
    site: site ?? 'http://localhost/',
    items: statusChanges(instructions, projects).map((c) => ({
      title: `${c.kind === 'instruction' ? 'Instruction' : 'Project'}: ${c.name} — ${c.status}`,
      link: c.href,
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.note,
      customData: `<guid isPermaLink="false">${c.key}</guid>`,
    })),
  });
