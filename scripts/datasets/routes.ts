// Emits routes.json with each line resolved: from a geodata feature, or a schematic chain through sourced places.
import type { Builder, Problem } from '../lib/builder.ts';
import { refProblem, targetOf } from '../lib/refs.ts';
import { quoteSentences } from '../lib/sentences.ts';
import { readJsonTable } from '../lib/table.ts';
import { earlierList, earlierSpeech, earlierTable, verifiedInputs } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { route, type Route } from '../../src/schemas/route.ts';
import type { Place } from '../../src/schemas/place.ts';
import { featureCache, pickFeature } from '../lib/features.ts';

const round = (n: number): number => Math.round(n * 1e5) / 1e5;

export const routes: Builder<Route[]> = {
  name: 'routes',
  after: ['inputs', 'places', 'speech-text'],
  build(ctx) {
    const table = readJsonTable(ctx, 'routes.json', route, Object.keys(route.shape));
    const { file } = table;
    const placeTarget = targetOf(earlierTable(ctx, 'places'), 'place');
    const inputTarget = targetOf(earlierTable(ctx, 'inputs'), 'input');
    const placeById = new Map(earlierList<Place>(ctx, 'places').map((p) => [p.id, p]));
    const speech = earlierSpeech(ctx);
    const features = featureCache(verifiedInputs(ctx));
    const problems: Problem[] = [...table.problems];
    const rows = table.rows.map(({ line, value }, index) => {
      const at = (field: string) => ({ file, line, field: `[${index}].${field}` });
      let coordinates: [number, number][] = [];
      let schematic = true;
      const { geometry } = value;
      if ('via' in geometry) {
        geometry.via.forEach((id, k) => {
          const problem = refProblem(at(`geometry.via[${k}]`), id, placeTarget);
          const place = placeById.get(id);
          if (problem) problems.push(problem);
          else if (place?.lon != null && place.lat != null) coordinates.push([place.lon, place.lat]);
          // A sourced place without a coordinate already has its problem reported (selector or input).
          else if (place?.source === null) {
            problems.push({ ...at(`geometry.via[${k}]`), received: id, expected: 'a place with a coordinate (a source and source_ref in places.csv)',
              hint: `${id} is unsourced. Give it a source in data/places.csv, or end the chain at the last sourced place and say where it continues in "note".` });
          }
        });
      } else {
        const problem = refProblem(at('geometry.input'), geometry.input, inputTarget);
        if (problem) problems.push(problem);
        const source = features(geometry.input);
        schematic = source?.input.schematic ?? false;
        if (source) {
          const picked = pickFeature(source.features, geometry.ref, source.input.file, at('geometry.ref'));
          if (picked.problem) problems.push(picked.problem);
          const shape = picked.feature?.geometry;
          if (shape?.type === 'LineString') coordinates = shape.coordinates.map(([x = 0, y = 0]) => [round(x), round(y)]);
          else if (shape) problems.push({ ...at('geometry.ref'), received: `${geometry.ref} (a ${shape.type})`, expected: 'a selector picking a LineString feature' });
        }
      }
      const { sentences, problem } = quoteSentences(speech, value.quote, at('quote'));
      if (problem) problems.push(problem);
      return { line, value: { ...value, coordinates, schematic, sentences } };
    });
    // routes.projects is checked by the projects builder: projects.csv refers back to routes.
    const list = rows.map((r) => r.value);
    return { value: list, table: { ...table, rows }, problems, outputs: new Map([[generated('routes'), toJson(list)]]), summary: `${list.length} routes (${list.filter((r) => r.schematic).length} schematic)` };
  },
};
