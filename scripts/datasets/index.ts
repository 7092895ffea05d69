// The registry: build-data runs these in order; a builder only reads results of builders listed before it.
import type { Builder } from '../lib/builder.ts';
import { awards } from './awards.ts';
import { bodies } from './bodies.ts';
import { claims } from './claims.ts';
import { corrections } from './corrections.ts';
import { districts } from './districts.ts';
import { graphics } from './graphics.ts';
import { followupData } from './followup.ts';
import { geo } from './geo.ts';
import { inputs } from './inputs.ts';
import { instructions } from './instructions.ts';
import { kazakhFaces } from './kazakh-faces.ts';
import { maps } from './maps.ts';
import { places } from './places.ts';
import { projects } from './projects.ts';
import { routes } from './routes.ts';
import { source } from './source.ts';
import { speech } from './speech.ts';
import { speechText } from './speech-text.ts';
import { statements } from './statements.ts';
import { topics } from './topics.ts';

/** The datasets built from data/ alone; fixture tests run exactly these. */
export const coreBuilders: Builder[] = [
  inputs, source, speechText, topics, bodies, districts, places, claims, routes, projects, instructions, followupData, statements, awards, speech, corrections,
];

/** Every builder of `npm run data`: the core datasets, then the ones built from them (maps, graphics). */
export const builders: Builder[] = [
  ...coreBuilders,
  maps,
  geo,
  graphics,
  kazakhFaces,
];
