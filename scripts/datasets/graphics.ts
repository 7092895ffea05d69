// Emits graphics.json (the checked catalogue) and, per chart, public/generated/data/<id>.csv and .json:
// exactly what the chart shows (CSV), with source and licence (JSON). Data only: the site draws the charts,
// but every chart's data is built here (its type's spec), so a bad one fails `npm run data`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { track, type FollowupData } from '../../src/schemas/followup.ts';
import type { Builder, Problem } from '../lib/builder.ts';
import { checkGraphic } from '../lib/graphic-checks.ts';
import { parseJson, type JsonPath } from '../lib/json.ts';
import { targetOf } from '../lib/refs.ts';
import { readJsonTable } from '../lib/table.ts';
import { earlierList, earlierTable } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { GRAPHIC_KEYS } from '../../src/schemas/graphic.ts';
import { graphic, type GraphicEntry } from '../../src/charts/registry.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { Instruction } from '../../src/schemas/instruction.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import { graphicData } from '../../src/graphics/render.ts';
import { graphicCsv, graphicJson } from '../../src/graphics/files.ts';
import { publicSite } from '../../src/core/site-url.ts';

/** Where a graphic's data files go, relative to the project root. */
export const dataFilePath = (id: string, ext: 'csv' | 'json'): string => `public/generated/data/${id}.${ext}`;

export const graphics: Builder<GraphicEntry[]> = {
  name: 'graphics',
  after: ['source', 'topics', 'claims', 'instructions', 'followup', 'maps'],
  build(ctx) {
    const table = readJsonTable(ctx, 'graphics.json', graphic, GRAPHIC_KEYS);
    const { file } = table;
    const problems: Problem[] = [...table.problems];
    // Parsed once more for the line of any value deeper than an entry (`[3].claims[1]`); failures were reported above.
    let doc: { value: unknown; lineOf: (path: JsonPath) => number | undefined } | undefined;
    try {
      doc = parseJson(readFileSync(join(ctx.dataDir, 'graphics.json'), 'utf8'), file).doc;
    } catch {
      doc = undefined;
    }
    const items: unknown[] = Array.isArray(doc?.value) ? doc.value : [];
    const lineOf = doc?.lineOf ?? ((): number | undefined => undefined);
    const claims = earlierList<Claim>(ctx, 'claims');
    const datasets = { claims, instructions: track(earlierList<Instruction>(ctx, 'instructions'), (ctx.earlier.get('followup') as FollowupData | undefined)?.instructions), topics: earlierList<Topic>(ctx, 'topics') };
    const refs = {
      file,
      lineOf,
      chapters: targetOf(earlierTable(ctx, 'topics'), 'topic'),
      claims: targetOf(earlierTable(ctx, 'claims'), 'claim'),
      instructions: targetOf(earlierTable(ctx, 'instructions'), 'instruction'),
      maps: targetOf(earlierTable(ctx, 'maps'), 'map'),
      claimById: new Map(claims.map((c) => [c.id, c])),
    };
    const source = ctx.earlier.get('source') as Source | null | undefined;
    const outputs = new Map<string, string>();
    const { today } = ctx;
    // Downloaded files must carry absolute sentence URLs: they point at the public origin (SITE_URL).
    let origin: string | undefined;
    try {
      origin = publicSite().origin;
    } catch (error) {
      problems.push({ file: 'SITE_URL (environment)', received: process.env['SITE_URL'] ?? '', expected: 'the public origin of the site', hint: error instanceof Error ? error.message : String(error) });
    }
    let charts = 0;
    for (const { line, value: entry } of table.rows) {
      const index = items.findIndex((item) => (item as { id?: unknown } | null)?.id === entry.id);
      const found = checkGraphic(entry, index, refs, line);
      problems.push(...found);
      if (found.length > 0 || entry.type === 'map') continue;
      try {
        const g = graphicData(entry, datasets, { today });
        charts += 1;
        if (source && origin !== undefined) {
          outputs.set(dataFilePath(entry.id, 'csv'), graphicCsv(g, origin));
          outputs.set(dataFilePath(entry.id, 'json'), graphicJson(g, source, origin));
        }
      } catch (error) {
        problems.push({ file, line, field: `[${index}]`, received: error instanceof Error ? error.message : String(error), expected: 'a graphic whose data can be built',
          hint: 'Check the claims and options of this entry against data/README.md (graphics.json).' });
      }
    }
    const list = table.rows.map((r) => r.value);
    outputs.set(generated('graphics'), toJson(list));
    const maps = list.filter((g) => g.type === 'map').length;
    return { value: list, table, problems, outputs, summary: `${list.length} graphics: ${charts} charts with their data files, ${maps} maps` };
  },
};
