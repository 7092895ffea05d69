import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fetchInputs } from './fetch-inputs.ts';
import { makeFixtureProject, projectRoot, runFixture } from './fixtures/run-fixture.ts';

/** A fixture project removed when the test ends. */
function project(name?: string) {
  const made = makeFixtureProject(name);
  onTestFinished(made.dispose);
  return made;
}

/** Builds a broken case and checks the run wrote nothing before handing back its messages. */
async function broken(name: string) {
  const run = await runFixture(project(name));
  expect(run.problems.length).toBeGreaterThan(0);
  expect(run.written).toEqual([]);
  expect(run.generatedExists).toBe(false);
  return run;
}

describe('buildData', () => {
  it('buildData(base fixture) builds every dataset and writes them into src/generated', async () => {
    const fixture = project();
    const run = await runFixture(fixture);
    expect(run.messages).toEqual([]);
    expect(run.written).toEqual(['src/generated']);
    expect(readdirSync(join(fixture.paths.root, 'src/generated')).sort()).toMatchInlineSnapshot(`
      [
        "awards.json",
        "bodies.json",
        "claims.json",
        "corrections.json",
        "districts.json",
        "followup.json",
        "inputs.json",
        "instructions.json",
        "places.json",
        "projects.json",
        "routes.json",
        "source.json",
        "speech.json",
        "statements.json",
        "topics.json",
      ]
    `);
    expect(run.summaries.map(([name, summary]) => `${name}: ${summary}`)).toMatchInlineSnapshot(`
      [
        "inputs: 5 inputs verified (5 copied)",
        "speech-text: 38 paragraphs, 141 sentences",
        "topics: 2 topics",
        "bodies: 2 bodies",
        "districts: 2 districts",
        "places: 5 places; unsourced (no coordinate): zhansugurov",
        "claims: 3 claims",
        "routes: 2 routes (1 schematic)",
        "projects: 1 project",
        "instructions: 3 instructions",
        "followup: 0 items checked, 4 not yet, 0 evidence entries",
        "statements: 1 statement",
        "awards: 1 award",
        "speech: 8 sentences quoted",
        "corrections: 1 correction",
      ]
    `);
  });

  it('buildData(base fixture) resolves coordinates, deadlines and sentences', async () => {
    const fixture = project();
    await runFixture(fixture);
    const read = (name: string): unknown => JSON.parse(readFileSync(join(fixture.paths.root, 'src/generated', `${name}.json`), 'utf8'));
    expect(read('places')).toMatchObject([{ id: 'taldykorgan', lon: expect.any(Number), lat: expect.any(Number) }, {}, {}, { id: 'lake-balkhash', lon: expect.any(Number) }, { id: 'zhansugurov', lon: null, lat: null }]);
    expect((read('instructions') as { id: string; deadline: string | null; deadlineKind: string; sentences: string[] }[]).map((i) => `${i.id} ${i.deadline} ${i.deadlineKind} ${i.sentences.join(',')}`)).toMatchInlineSnapshot(`
      [
        "unused-land-control null none p6s4",
        "gas-to-settlements 2025-12-31 date p21s2",
        "build-pipeline null open p21s5",
      ]
    `);
    expect((read('routes') as { id: string; schematic: boolean; coordinates: unknown[] }[]).map((r) => `${r.id} schematic=${r.schematic} points=${r.coordinates.length}`)).toMatchInlineSnapshot(`
      [
        "gas-taldykorgan-usharal schematic=false points=297",
        "road-taldykorgan-tekeli schematic=true points=2",
      ]
    `);
    const speech = read('speech') as { paragraphs: { sentences: { id: string; claims: string[]; instructions: string[]; projects: string[] }[] }[] };
    const quoted = speech.paragraphs.flatMap((p) => p.sentences).filter((s) => s.claims.length + s.instructions.length + s.projects.length > 0);
    expect(quoted.map((s) => `${s.id} claims=${s.claims.join(',')} instructions=${s.instructions.join(',')} projects=${s.projects.join(',')}`)).toMatchInlineSnapshot(`
      [
        "p6s1 claims=unused-land instructions= projects=",
        "p6s4 claims= instructions=unused-land-control projects=",
        "p6s6 claims=irrigation-worn instructions= projects=",
        "p21s2 claims= instructions=gas-to-settlements projects=",
        "p21s3 claims= instructions= projects=gas-pipeline-usharal",
        "p21s4 claims=gas-people instructions= projects=",
        "p21s5 claims= instructions=build-pipeline projects=",
      ]
    `);
  });

  it('buildData(broken case) leaves the previous outputs untouched', async () => {
    const fixture = project();
    await runFixture(fixture);
    const claims = join(fixture.paths.root, 'src/generated/claims.json');
    const before = readFileSync(claims, 'utf8');
    writeFileSync(join(fixture.paths.dataDir, 'claims.csv'), 'id,value\nx,1,2\n');
    const run = await runFixture(fixture);
    expect(run.problems.length).toBeGreaterThan(0);
    expect(readFileSync(claims, 'utf8')).toBe(before);
  });

  it('buildData(several broken files) reports the problems of every file in one run', async () => {
    const fixture = project('unknown-place');
    writeFileSync(join(fixture.paths.dataDir, 'topics.csv'), 'id,title,order,summary\nland-irrigation,Land,x,S\ngas,Gas,2,S\n');
    const run = await runFixture(fixture);
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv line 2, column order: received "x", expected a whole number from 1 up (digits only).",
        "data/claims.csv line 4, column places: received "taldykorgn", expected a place id from data/places.csv. Did you mean taldykorgan? Otherwise add a row for taldykorgn to data/places.csv.",
      ]
    `);
  });

  it('buildData(broken/bad-id-format) reports it and writes nothing', async () => {
    const run = await broken('bad-id-format');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/bodies.csv line 3, column id: received "Local_Akims", expected an id in lowercase kebab-case ASCII (a-z, 0-9, single hyphens between words). Fix: write local-akims.",
        "data/instructions.csv line 2, column responsible: received "akims", expected a body id from data/bodies.csv. No body id is close. Known ids: Local_Akims, government. Add a row for akims to data/bodies.csv if it is new.",
      ]
    `);
  });

  it('buildData(broken/both-years) reports it and writes nothing', async () => {
    const run = await broken('both-years');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 2, column target_year: received "2026", expected at most one of as_of and target_year. A figure describes a year (as_of) or is a target due in a year (target_year), not both.",
      ]
    `);
  });

  it('buildData(broken/basis-missing) rejects a claim that does not say stated or derived, and a derived one without a note', async () => {
    const run = await broken('basis-missing');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 2, column basis: received "", expected one of: stated, derived. Did you mean derived or stated?",
        "data/claims.csv line 3, column note: received "", expected a note saying how the number was derived. A derived figure must say what it was counted from, e.g. "Counted from the three districts the speech names."",
      ]
    `);
  });

  it('buildData(broken/correction-no-date-no-pages) refuses a correction without a date or without pages, or naming an unknown row', async () => {
    const run = await broken('correction-no-date-no-pages');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/corrections.json line 2, [0].date: received "nothing (the property is missing)", expected a text in double quotes. Add the property (see data/README.md).",
        "data/corrections.json line 17, [1].pages: received "[]", expected at least one page: the pages the correction touched.",
        "data/corrections.json line 20, rows[0]: received "gas-to-setlements", expected an instruction id from data/instructions.csv. Did you mean gas-to-settlements? Otherwise add a row for gas-to-setlements to data/instructions.csv.",
      ]
    `);
  });

  it('buildData(broken/statement-unknown-kind) names the kinds a statement may have', async () => {
    const run = await broken('statement-unknown-kind');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/statements.csv line 2, column kind: received "opinion", expected one of: fact, trend, cause, shortage, dependence, assessment, forecast. Write one of the values exactly as listed.",
      ]
    `);
  });

  it('buildData(broken/checksum-mismatch) reports it and writes nothing', async () => {
    const run = await broken('checksum-mismatch');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "../shared/geo/places/towns_osm_hotexport_zhetysu.geojson sha256: received "sha256 1b22086316a31b6c4df1cba7a14b78641a239e26bb7499446a35716b6e236069", expected sha256 0000000000000000000000000000000000000000000000000000000000000000 (data/inputs.json line 42). The mirror file differs from the one the project was checked against. Restore the original, or review the new file and write its sha256 into data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/csv-blank-line) reports it and writes nothing', async () => {
    const run = await broken('csv-blank-line');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/bodies.csv line 3: received "a blank line", expected a data row. Delete the blank line.",
      ]
    `);
  });

  it('buildData(broken/csv-extra-cells) reports it and writes nothing', async () => {
    const run = await broken('csv-extra-cells');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 2: received "16 cells", expected 15 cells, one per column (id,value,unit,qualifier,basis,measure,as_of,since_year,target_year,topic,districts,places,projects,quote,note). Extra cells: "". A cell holding a comma must be wrapped in double quotes. It looks like column measure holds "unused land, identified in the region": quote it.",
      ]
    `);
  });

  it('buildData(broken/csv-missing-cells) reports it and writes nothing', async () => {
    const run = await broken('csv-missing-cells');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv line 6: received "6 cells", expected 9 cells, one per column (id,name_en,name_kk,name_ru,kind,district,source,source_ref,note). Missing cells for: source, source_ref, note. Add them, empty if not given (a trailing comma each).",
      ]
    `);
  });

  it('buildData(broken/csv-unclosed-quote) reports it and writes nothing', async () => {
    const run = await broken('csv-unclosed-quote');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv line 2: received "end of file", expected a closing double quote for the cell opened on this line. Close the quoted cell with ", and double any quote inside it ("").",
      ]
    `);
  });

  it('buildData(broken/csv-unknown-column) reports it and writes nothing', async () => {
    const run = await broken('csv-unknown-column');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/awards.csv line 1, column quote: received "id,award,degree,recipient,role,qoute", expected a column named quote. The header must hold these columns: id,award,degree,recipient,role,quote.",
        "data/awards.csv line 1, column qoute: received "qoute", expected only the columns id,award,degree,recipient,role,quote. Did you mean quote? Rename the column.",
      ]
    `);
  });

  it('buildData(broken/duplicate-id) reports it and writes nothing', async () => {
    const run = await broken('duplicate-id');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv line 4, column id: received "gas", expected an id no other row uses. Line 3 already uses gas: rename one of them or merge the rows.",
      ]
    `);
  });

  it('buildData(broken/input-file-missing) reports it and writes nothing', async () => {
    const run = await broken('input-file-missing');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "../shared/geo/places/towns_osm.geojson: received "no such file", expected the input "towns-osm" listed in data/inputs.json line 42. Check its "file" in data/inputs.json (relative to <tmp>/shared), or restore the file in the mirror.",
      ]
    `);
  });

  it('buildData(broken/inputs-malformed-json) reports it and writes nothing', async () => {
    const run = await broken('inputs-malformed-json');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/inputs.json line 7, column 5: received ""licence": "© Kazakh", expected a comma or a closing }. Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).",
      ]
    `);
  });

  it('buildData(broken/missing-file) reports it and writes nothing', async () => {
    const run = await broken('missing-file');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/awards.csv: received "no such file", expected the file data/awards.csv. Create it: a CSV file with the header id,award,degree,recipient,role,quote (see data/README.md).",
      ]
    `);
  });

  it('buildData(broken/missing-mirror) reports it and writes nothing', async () => {
    const run = await broken('missing-mirror');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "../missing-mirror: received "no such folder", expected the mirror folder of third-party inputs (speech and geodata). Tried <tmp>/missing-mirror. Put the shared folder beside the project (../shared) or set ZHETYSU_SHARED_DIR=/path/to/shared.",
      ]
    `);
  });

  it('buildData(broken/number-not-plain) reports it and writes nothing', async () => {
    const run = await broken('number-not-plain');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 2, column value: received "100 000", expected a plain number (digits, optional decimal point, no spaces or separators). Fix: write 100000.",
      ]
    `);
  });

  it('buildData(broken/quote-not-in-speech) reports it and writes nothing', async () => {
    const run = await broken('quote-not-in-speech');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 3, column quote: received "Today 75 percent of the irrigation network in the region is worn out.", expected an exact excerpt of the speech (only white space may differ). Closest passage in the speech: "There are great opportunities for irrigated agriculture in the region. Today 70 percent of the irrigation networks in the region are worn out.". They part after "Today 7": the quote has "5 percent of th", the speech "0 percent of th". Copy the words exactly; only white space may differ.",
      ]
    `);
  });

  it('buildData(broken/quote-repeated) reports it and writes nothing', async () => {
    const run = await broken('quote-repeated');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv line 4, column quote: received "In addition, it is necessary to", expected a quote found in one place of the speech. It occurs 2 times: add neighbouring words so it points to one passage.",
      ]
    `);
  });

  it('buildData(broken/route-unknown-kind) reports it and writes nothing', async () => {
    const run = await broken('route-unknown-kind');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json line 15, [1].kind: received "road", expected one of: highway, gas-pipeline, oil-pipeline, railway. Write one of the values exactly as listed.",
      ]
    `);
  });

  it('buildData(broken/routes-malformed-json) reports it and writes nothing', async () => {
    const run = await broken('routes-malformed-json');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json line 21, column 3: received "}", expected a property name in double quotes (no trailing comma before }). Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).",
      ]
    `);
  });

  it('buildData(broken/schematic-via-unsourced) reports it and writes nothing', async () => {
    const run = await broken('schematic-via-unsourced');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json line 12, [1].geometry.via[1]: received "zhansugurov", expected a place with a coordinate (a source and source_ref in places.csv). zhansugurov is unsourced. Give it a source in data/places.csv, or end the chain at the last sourced place and say where it continues in "note".",
      ]
    `);
  });

  it('buildData(broken/selector-no-feature) reports it and writes nothing', async () => {
    const run = await broken('selector-no-feature');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv line 3, column source_ref: received "osm_id=242793666", expected a selector matching exactly one feature of geo/places/towns_osm_hotexport_zhetysu.geojson. No feature has osm_id=242793666. Did you mean osm_id=242793665 or osm_id=242792776?",
      ]
    `);
  });

  it('buildData(broken/selector-several-features) reports it and writes nothing', async () => {
    const run = await broken('selector-several-features');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv line 4, column source_ref: received "place=town", expected a selector matching exactly one feature of geo/places/towns_osm_hotexport_zhetysu.geojson. 24 features match place=town: add a condition with & (e.g. place=town&name=Үшарал), or select by a unique property such as osm_id.",
      ]
    `);
  });

  it('buildData(broken/source-bad-date) reports it and writes nothing', async () => {
    const run = await broken('source-bad-date');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json line 6, meeting_date: received "20 October 2022", expected a real date written YYYY-MM-DD.",
      ]
    `);
  });

  it('buildData(broken/source-unknown-input) reports it and writes nothing', async () => {
    const run = await broken('source-unknown-input');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json line 12, input: received "speeches", expected a speech input id from data/inputs.json. Did you mean speech? Otherwise add a row for speeches to data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/unknown-body) reports it and writes nothing', async () => {
    const run = await broken('unknown-body');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv line 2, column responsible: received "akim", expected a body id from data/bodies.csv. Did you mean akims? Otherwise add a row for akim to data/bodies.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-claim-in-project) reports it and writes nothing', async () => {
    const run = await broken('unknown-claim-in-project');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/projects.csv line 2, column claims: received "gas-pipe-length", expected a claim id from data/claims.csv. No claim id is close. Known ids: gas-people, irrigation-worn, unused-land. Add a row for gas-pipe-length to data/claims.csv if it is new.",
      ]
    `);
  });

  it('buildData(broken/unknown-deadline) reports it and writes nothing', async () => {
    const run = await broken('unknown-deadline');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv line 3, column deadline_said: received "by the end of 2025", expected one of the phrases: this year, next year, by YYYY, until YYYY, as soon as possible, urgently, an urgent task, in stages, (empty). Write the deadline as the speech words it, in one of these forms; leave it empty when the speech gives none.",
      ]
    `);
  });

  it('buildData(broken/unknown-district) reports it and writes nothing', async () => {
    const run = await broken('unknown-district');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv line 6, column district: received "aksuu", expected a district id from data/districts.csv. Did you mean aksu? Otherwise add a row for aksuu to data/districts.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-input) reports it and writes nothing', async () => {
    const run = await broken('unknown-input');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv line 5, column source: received "lakes-ne10", expected an input id from data/inputs.json. Did you mean lakes-ne10m? Otherwise add a row for lakes-ne10 to data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/unknown-place) reports it and writes nothing', async () => {
    const run = await broken('unknown-place');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv line 4, column places: received "taldykorgn", expected a place id from data/places.csv. Did you mean taldykorgan? Otherwise add a row for taldykorgn to data/places.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-topic) reports it and writes nothing', async () => {
    const run = await broken('unknown-topic');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv line 3, column topic: received "gass", expected a topic id from data/topics.csv. Did you mean gas? Otherwise add a row for gass to data/topics.csv.",
      ]
    `);
  });
});

describe('fetchInputs', () => {
  it('fetchInputs(paths) copies each input once and skips copies that already match', () => {
    const { paths } = project();
    expect(fetchInputs(paths)).toMatchObject({ copied: 5, problems: [] });
    expect(fetchInputs(paths)).toMatchObject({ copied: 0, problems: [] });
    expect(existsSync(join(paths.inputsDir, 'source/speech.en.txt'))).toBe(true);
  });
});

describe('npm run data', () => {
  it('build-data.ts --data <dir> --out <dir> exits 1, prints the problems grouped by file and writes nothing', () => {
    const fixture = project('unknown-topic');
    const cli = spawnSync(process.execPath, ['scripts/build-data.ts', '--data', fixture.paths.dataDir, '--out', fixture.paths.outRoot, '--inputs', fixture.paths.inputsDir], {
      cwd: projectRoot,
      env: { ...process.env, ZHETYSU_SHARED_DIR: fixture.paths.mirrorDir },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    // Builders beyond the core ones (maps, graphics) may add problems about the tiny fixture: only ours are pinned.
    expect(cli.stderr.replaceAll(fixture.tmp, '<tmp>')).toContain(
      '<tmp>/project/data/instructions.csv\n  line 3, column topic: received "gass", expected a topic id from <tmp>/project/data/topics.csv. Did you mean gas?',
    );
    expect(cli.stderr).toMatch(/\d+ problems? in \d+ files?; nothing was written\. \(\d+ ms \(\d+ ms since start\)\)/u);
    expect(existsSync(join(fixture.paths.outRoot, 'src/generated'))).toBe(false);
  }, 60_000);
});
