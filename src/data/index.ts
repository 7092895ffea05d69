// Typed access to every generated dataset (written by `npm run data` into src/generated/) and id lookups.
import type { Topology } from 'topojson-specification';
import awardsJson from '../generated/awards.json';
import bodiesJson from '../generated/bodies.json';
import claimsJson from '../generated/claims.json';
import correctionsJson from '../generated/corrections.json';
import districtsJson from '../generated/districts.json';
import followupJson from '../generated/followup.json';
import staticTopologyJson from '../generated/geo-static.topo.json';
import graphicsJson from '../generated/graphics.json';
import inputsJson from '../generated/inputs.json';
import instructionsJson from '../generated/instructions.json';
import mapsJson from '../generated/maps.json';
import placesJson from '../generated/places.json';
import projectsJson from '../generated/projects.json';
import routesJson from '../generated/routes.json';
import sourceJson from '../generated/source.json';
import speechJson from '../generated/speech.json';
import statementsJson from '../generated/statements.json';
import topicsJson from '../generated/topics.json';
import { makeLookup } from '../core/lookup.ts';
import type { Award } from '../schemas/award.ts';
import type { Body } from '../schemas/body.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Correction } from '../schemas/correction.ts';
import type { District } from '../schemas/district.ts';
import type { GraphicRecord } from '../schemas/graphic.ts';
import { track, type FollowupData } from '../schemas/followup.ts';
import type { Input } from '../schemas/input.ts';
import type { Instruction } from '../schemas/instruction.ts';
import type { MapDeclaration } from '../schemas/map.ts';
import type { Place } from '../schemas/place.ts';
import type { Project } from '../schemas/project.ts';
import type { Route } from '../schemas/route.ts';
import type { Source } from '../schemas/source.ts';
import type { Speech, SpeechSentence } from '../schemas/speech.ts';
import type { Statement } from '../schemas/statement.ts';
import type { Topic } from '../schemas/topic.ts';

// The JSON was validated by the schemas when it was built; these casts only restore its types.
export const awards = awardsJson as unknown as Award[];
export const bodies = bodiesJson as unknown as Body[];
export const claims = claimsJson as unknown as Claim[];
/** The maps of the story, each declared once (data/maps.json). */
export const maps = mapsJson as unknown as MapDeclaration[];
/** The public corrections log, newest first (data/corrections.json). */
export const corrections = correctionsJson as unknown as Correction[];
/** The corrections that touched a page, by its path ("/chapters/sugar/"). */
export const correctionsOf = (path: string): Correction[] => corrections.filter((c) => c.pages.includes(path));
export const districts = districtsJson as unknown as District[];
/** Every chart and map of data/graphics.json, as the data build checked and completed it. */
export const graphics = graphicsJson as unknown as readonly GraphicRecord[];
/** The clipped, simplified geometry every static map draws (the live maps fetch public/generated/geo/). */
export const staticTopology = staticTopologyJson as unknown as Topology;
export const inputs = inputsJson as unknown as Input[];
const followup = followupJson as unknown as FollowupData;
/** Every instruction with what came of it (data/followup.json). */
export const instructions = track(instructionsJson as unknown as Instruction[], followup.instructions);
export const places = placesJson as unknown as Place[];
/** Every project with what came of it (data/followup.json). */
export const projects = track(projectsJson as unknown as Project[], followup.projects);
export const routes = routesJson as unknown as Route[];
/** Metadata of the speech: outlet, meeting date and place, speaker, notes on the abridged text. */
export const source = sourceJson as unknown as Source;
export const speech = speechJson as unknown as Speech;
/** The speech's checkable statements that are neither figures nor instructions (data/statements.csv). */
export const statements = statementsJson as unknown as Statement[];
/** Topics in chapter order. */
export const topics = topicsJson as unknown as Topic[];
/** Every sentence of the speech in reading order. */
export const sentences: SpeechSentence[] = speech.paragraphs.flatMap((p) => p.sentences);

export const award = makeLookup(awards, 'award', 'data/awards.csv');
export const body = makeLookup(bodies, 'body', 'data/bodies.csv');
export const claim = makeLookup(claims, 'claim', 'data/claims.csv');
export const district = makeLookup(districts, 'district', 'data/districts.csv');
export const input = makeLookup(inputs, 'input', 'data/inputs.json');
export const instruction = makeLookup(instructions, 'instruction', 'data/instructions.csv');
export const place = makeLookup(places, 'place', 'data/places.csv');
export const project = makeLookup(projects, 'project', 'data/projects.csv');
export const route = makeLookup(routes, 'route', 'data/routes.json');
export const topic = makeLookup(topics, 'topic', 'data/topics.csv');
export const statement = makeLookup(statements, 'statement', 'data/statements.csv');
/** A sentence by its anchor (`p6s1`). */
export const sentence = makeLookup(sentences, 'sentence', 'src/generated/speech.json');
/** The day of the build (YYYY-MM-DD): deadlines before it have passed. */
export const buildDay = new Date().toISOString().slice(0, 10);
