// Emits maps.json: the maps of the story, each declared once in data/maps.json (title, caption, extent,
// what it highlights). The static SVG, the MapLibre style, the page and the embeds all read this one list.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { readJsonTable } from '../lib/table.ts';
import { earlierTable } from '../lib/earlier.ts';
import { count, generated, toJson } from '../lib/output.ts';
import { mapDeclaration, type MapDeclaration } from '../../src/schemas/map.ts';
import { DATA_EXTENT } from '../../src/maps/model/extents.ts';

const DIRECTIONS = ['west', 'south', 'east', 'north'] as const;

export const maps: Builder<MapDeclaration[]> = {
  name: 'maps',
  after: ['topics'],
  build(ctx) {
    const table = readJsonTable(ctx, 'maps.json', mapDeclaration, Object.keys(mapDeclaration.shape));
    const { file } = table;
    const problems: Problem[] = [...table.problems];
    const topics = targetOf(earlierTable(ctx, 'topics'), 'topic');
    table.rows.forEach(({ line, value }, index) => {
      const at = (field: string) => ({ file, line, field: `[${index}].${field}` });
      if (value.topics !== 'all') value.topics.forEach((id, i) => {
        const p = refProblem(at(`topics[${i}]`), id, topics);
        if (p) problems.push(p);
      });
      const [w, s, e, n] = value.extent;
      if (!(w < e && s < n)) {
        problems.push({ ...at('extent'), received: JSON.stringify(value.extent), expected: 'west < east and south < north ([west, south, east, north] in degrees)', hint: 'Swap the numbers that are the wrong way round.' });
      }
      // The live map may not pan beyond the data the build keeps, so a view outside it would show nothing.
      value.extent.forEach((v, i) => {
        const inside = i % 2 === 0 ? v >= DATA_EXTENT[0] && v <= DATA_EXTENT[2] : v >= DATA_EXTENT[1] && v <= DATA_EXTENT[3];
        if (!inside) problems.push({ ...at(`extent[${i}]`), received: String(v), expected: `the ${DIRECTIONS[i] ?? ''} edge inside the mapped data [${DATA_EXTENT.join(', ')}]`, hint: 'Frame the view inside the data extent (src/maps/model/extents.ts), or widen that extent and rebuild.' });
      });
    });
    const list = table.rows.map((r) => r.value);
    return { value: list, table, problems, outputs: new Map([[generated('maps'), toJson(list)]]), summary: count(list.length, 'map') };
  },
};
