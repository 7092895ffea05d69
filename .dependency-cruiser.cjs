// The import rules of the project (issue 9), checked by `npm run deps` (scripts/quality/deps.ts) early in `npm test`.
// Layers of src/, top to bottom; a module may import its own layer or any layer below it, never one above.
const LAYERS = [
  ['pages', 'content.config.ts'],
  ['layouts', 'components'],
  ['embed', 'graphics', 'charts', 'maps', 'content', 'followup'],
  ['data'],
  ['schemas'],
  ['core', 'styles'],
];
const folder = (names) => `^src/(${names.join('|')})(/|$)`;
const upward = LAYERS.slice(1).map((layer, i) => ({
  name: `no-upward-from-${layer.join('-').replace(/\W/g, '')}`,
  comment: `src/{${layer.join(',')}} is below src/{${LAYERS.slice(0, i + 1).flat().join(',')}}: move the shared code down instead of importing up.`,
  severity: 'error',
  from: { path: folder(layer) },
  to: { path: folder(LAYERS.slice(0, i + 1).flat()) },
}));
// Where the MapLibre browser client lives: the only code that may load maplibre-gl at run time.
const MAP_CLIENT = '^src/maps/client/';
const TEST = '(\\.test\\.ts$|/__snapshots__/|^tests/)';

module.exports = {
  LAYERS,
  MAP_CLIENT,
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Two modules that import each other (directly or through others): split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'Top-level folders of src/ that import each other in a ring: the layers no longer point one way.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { path: '^src/[^/]+$', circular: true },
    },
    ...upward,
    {
      name: 'core-imports-nothing',
      comment: 'src/core is the leaf: formatting, SVG text, escaping, links, lookups; it imports nothing of the project.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src|scripts|tests)/', pathNot: '^src/core/' },
    },
    {
      name: 'generated-only-through-data',
      comment: 'src/generated is read through src/data (typed once there); import the dataset from src/data/index.ts.',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '^src/data/' },
      to: { path: '^src/generated/' },
    },
    {
      name: 'no-tests-from-code',
      comment: 'tests/ may import code, never the reverse: move what both need into scripts/ or src/.',
      severity: 'error',
      from: { pathNot: TEST },
      to: { path: '^tests/' },
    },
    {
      name: 'site-does-not-import-scripts',
      comment: 'The site (src/) does not depend on the build scripts; scripts import src, not the other way round.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { path: '^scripts/' },
    },
    {
      name: 'data-build-does-not-import-tools-or-gates',
      comment: 'The data build library (scripts/build-data.ts, datasets, lib) is below the tools and the quality gates.',
      severity: 'error',
      from: { path: '^scripts/(build-data|build-data-worker|datasets/|lib/)', pathNot: TEST },
      to: { path: '^scripts/(tools|quality|deploy)/' },
    },
    {
      name: 'gates-do-not-import-tools',
      comment: 'Quality gates (scripts/quality) stand alone from the build-time tools (scripts/tools).',
      severity: 'error',
      from: { path: '^scripts/(quality|deploy)/', pathNot: TEST },
      to: { path: '^scripts/tools/' },
    },
    {
      name: 'maplibre-only-in-map-client',
      comment: `maplibre-gl (about 800 kB) is loaded only by the browser map client (${MAP_CLIENT}); elsewhere import its types only.`,
      severity: 'error',
      from: { pathNot: `${MAP_CLIENT}|${TEST}` },
      to: { path: '(^|/)node_modules/maplibre-gl/|^maplibre-gl(/|$)', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // `import type` counts: a type import is a dependency of the design even though it is erased.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Unit tests may reach across folders to set up a case (a chart's contrast against the embed theme); the rules are for code.
    exclude: { path: '(^|/)(node_modules|dist|\\.astro|\\.cache|fixtures)/|\\.test\\.ts$' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro', '.json', '.css'] },
  },
};
