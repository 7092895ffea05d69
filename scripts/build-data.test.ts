import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fetchInputs } from './lib/fetch-inputs.ts';
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
        "followup: 2 items checked, 2 not yet, 1 evidence entry",
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
        "data/topics.csv:2:22 column order: received "x", expected a whole number from 1 up (digits only).",
        "data/claims.csv:4:99 column places: received "taldykorgn", expected a place id from data/places.csv. Did you mean taldykorgan? Otherwise add a row for taldykorgn to data/places.csv.",
      ]
    `);
  });

  it('buildData(broken/bad-id-format) reports it and writes nothing', async () => {
    const run = await broken('bad-id-format');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/bodies.csv:3:1 column id: received "Local_Akims", expected an id in lowercase kebab-case ASCII (a-z, 0-9, single hyphens between words). Fix: write local-akims.",
        "data/instructions.csv:2:77 column responsible: received "akims", expected a body id from data/bodies.csv. No body id is close. Known ids: Local_Akims, government. Add a row for akims to data/bodies.csv if it is new.",
      ]
    `);
  });

  it('buildData(broken/both-years) reports it and writes nothing', async () => {
    const run = await broken('both-years');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:2:85 column target_year: received "2026", expected at most one of as_of and target_year. A figure describes a year (as_of) or is a target due in a year (target_year), not both.",
      ]
    `);
  });

  it('buildData(broken/basis-missing) rejects a claim that does not say stated or derived, and a derived one without a note', async () => {
    const run = await broken('basis-missing');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:2:35 column basis: received "", expected one of: stated, derived. Did you mean derived or stated?",
        "data/claims.csv:3:187 column note: received "", expected a note saying how the number was derived. A derived figure must say what it was counted from, e.g. "Counted from the three districts the speech names."",
      ]
    `);
  });

  it('buildData(broken/correction-no-date-no-pages) refuses a correction without a date or without pages, or naming an unknown row', async () => {
    const run = await broken('correction-no-date-no-pages');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/corrections.json:2:3 [0].date: received "nothing (the property is missing)", expected a text in double quotes. Add the property (see data/README.md).",
        "data/corrections.json:17:5 [1].pages: received "[]", expected at least one page: the pages the correction touched.",
        "data/corrections.json:20:3 rows[0]: received "gas-to-setlements", expected an instruction id from data/instructions.csv. Did you mean gas-to-settlements? Otherwise add a row for gas-to-setlements to data/instructions.csv.",
      ]
    `);
  });

  it('buildData(broken/statement-unknown-kind) names the kinds a statement may have', async () => {
    const run = await broken('statement-unknown-kind');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/statements.csv:2:25 column kind: received "opinion", expected one of: fact, trend, cause, shortage, dependence, assessment, forecast. Write one of the values exactly as listed.",
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
        "data/bodies.csv:3:1: received "a blank line", expected a data row. Delete the blank line.",
      ]
    `);
  });

  it('buildData(broken/csv-extra-cells) reports it and writes nothing', async () => {
    const run = await broken('csv-extra-cells');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:2:1: received "16 cells", expected 15 cells, one per column (id,value,unit,qualifier,basis,measure,as_of,since_year,target_year,topic,districts,places,projects,quote,note). Extra cells: "". A cell holding a comma must be wrapped in double quotes. It looks like column measure holds "unused land, identified in the region": quote it.",
      ]
    `);
  });

  it('buildData(broken/csv-missing-cells) reports it and writes nothing', async () => {
    const run = await broken('csv-missing-cells');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:6:1: received "6 cells", expected 9 cells, one per column (id,name_en,name_kk,name_ru,kind,district,source,source_ref,note). Missing cells for: source, source_ref, note. Add them, empty if not given (a trailing comma each).",
      ]
    `);
  });

  it('buildData(broken/csv-unclosed-quote) reports it and writes nothing', async () => {
    const run = await broken('csv-unclosed-quote');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv:2:1: received "end of file", expected a closing double quote for the cell opened on this line. Close the quoted cell with ", and double any quote inside it ("").",
      ]
    `);
  });

  it('buildData(broken/csv-unknown-column) reports it and writes nothing', async () => {
    const run = await broken('csv-unknown-column');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/awards.csv:1:1 column quote: received "id,award,degree,recipient,role,qoute", expected a column named quote. The header must hold these columns: id,award,degree,recipient,role,quote.",
        "data/awards.csv:1:32 column qoute: received "qoute", expected only the columns id,award,degree,recipient,role,quote. Did you mean quote? Rename the column.",
      ]
    `);
  });

  it('buildData(broken/duplicate-id) reports it and writes nothing', async () => {
    const run = await broken('duplicate-id');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv:4:1 column id: received "gas", expected an id no other row uses. Line 3 already uses gas: rename one of them or merge the rows.",
      ]
    `);
  });

  it('buildData(broken/followup-bad-dates) reports it and writes nothing', async () => {
    const run = await broken('followup-bad-dates');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/followup.json:8:7 [0].evidence[0].published: received "2025-02-30", expected a real date written YYYY-MM-DD (or YYYY-MM when the page shows only the month), or "date not shown". Copy the date the page shows; write "date not shown" when it shows none. Never guess a year.",
        "data/followup.json:9:7 [0].evidence[1].published: received "23 October 2025", expected a real date written YYYY-MM-DD (or YYYY-MM when the page shows only the month), or "date not shown". Copy the date the page shows; write "date not shown" when it shows none. Never guess a year.",
        "data/followup.json:12:3 [0].checked_on: received "2999-01-01", expected a date no later than today (2026-12-01). A report cannot be published, checked or completed in the future: check the year.",
        "data/followup.json:12:3 [0].evidence[0].completed_on: received "2021-05-01", expected a completion on or after the speech (2022-10-20). Work reported done before the speech is not a follow-up: mark the entry "reports": "context", or check the date.",
      ]
    `);
  });

  it('buildData(broken/followup-bad-evidence) reports it and writes nothing', async () => {
    const run = await broken('followup-bad-evidence');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/followup.json:8:7 [0].evidence[0].url: received "nothing (the property is missing)", expected a text in double quotes. Add the property (see data/README.md).",
        "data/followup.json:9:7 [0].evidence[1].url: received "ftp://example.com/file", expected a full http:// or https:// URL. Paste the address of the page exactly as the browser shows it.",
        "data/followup.json:9:7 [0].evidence[1].outlet: received "", expected a text (this cell must not be empty).",
        "data/followup.json:9:7 [0].evidence[1].source_kind: received "blog", expected one of: official, company, news, independent. Write one of the values exactly as listed.",
      ]
    `);
  });

  it('buildData(broken/followup-status-without-evidence) reports it and writes nothing', async () => {
    const run = await broken('followup-status-without-evidence');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/followup.json:7:5 [0].evidence: received "1", expected at least one evidence entry that is not "context", because status is "reported done". Every "reported …" status needs the report it rests on (url, outlet, source_kind, published, checked_on). Never set a status without one.",
        "data/followup.json:11:3 [1].searched: received "", expected what was searched (terms and languages), because status is "no public report found". E.g. en: "Tekeli drinking water"; ru: "Текели питьевая вода"; kk: "Текелі ауыз су".",
      ]
    `);
  });

  it('buildData(broken/followup-unknown-subject) reports it and writes nothing', async () => {
    const run = await broken('followup-unknown-subject');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/followup.json:3:3 [1].instruction: received "", expected exactly one of "instruction" or "project". Name the instruction id or the project id this entry is about, not both.",
        "data/followup.json:2:3 [0].instruction: received "build-pipelines", expected an instruction id from data/instructions.csv. Did you mean build-pipeline? Otherwise add a row for build-pipelines to data/instructions.csv.",
        "data/followup.json:5:3 [2].project: received "gas-pipeline-usharal", expected one entry per project. Line 4 already has an entry for gas-pipeline-usharal: add this evidence to that entry instead.",
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
        "data/inputs.json:7:5: received ""licence": "© Kazakh", expected a comma or a closing }. Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).",
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
        "data/claims.csv:2:13 column value: received "100 000", expected a plain number (digits, optional decimal point, no spaces or separators). Fix: write 100000.",
      ]
    `);
  });

  it('buildData(broken/quote-not-in-speech) reports it and writes nothing', async () => {
    const run = await broken('quote-not-in-speech');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:3:114 column quote: received "Today 75 percent of the irrigation network in the region is worn out.", expected an exact excerpt of the speech (only white space may differ). Closest passage in the speech: "There are great opportunities for irrigated agriculture in the region. Today 70 percent of the irrigation networks in the region are worn out.". They part after "Today 7": the quote has "5 percent of th", the speech "0 percent of th". Copy the words exactly; only white space may differ.",
      ]
    `);
  });

  it('buildData(broken/quote-repeated) reports it and writes nothing', async () => {
    const run = await broken('quote-repeated');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv:4:141 column quote: received "In addition, it is necessary to", expected a quote found in one place of the speech. It occurs 2 times: add neighbouring words so it points to one passage.",
      ]
    `);
  });

  it('buildData(broken/route-unknown-kind) reports it and writes nothing', async () => {
    const run = await broken('route-unknown-kind');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json:15:5 [1].kind: received "road", expected one of: highway, gas-pipeline, oil-pipeline, railway. Write one of the values exactly as listed.",
      ]
    `);
  });

  it('buildData(broken/routes-malformed-json) reports it and writes nothing', async () => {
    const run = await broken('routes-malformed-json');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json:21:3: received "}", expected a property name in double quotes (no trailing comma before }). Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).",
      ]
    `);
  });

  it('buildData(broken/schematic-via-unsourced) reports it and writes nothing', async () => {
    const run = await broken('schematic-via-unsourced');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/routes.json:12:3 [1].geometry.via[1]: received "zhansugurov", expected a place with a coordinate (a source and source_ref in places.csv). zhansugurov is unsourced. Give it a source in data/places.csv, or end the chain at the last sourced place and say where it continues in "note".",
      ]
    `);
  });

  it('buildData(broken/selector-no-feature) reports it and writes nothing', async () => {
    const run = await broken('selector-no-feature');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:3:45 column source_ref: received "osm_id=242793666", expected a selector matching exactly one feature of geo/places/towns_osm_hotexport_zhetysu.geojson. No feature has osm_id=242793666. Did you mean osm_id=242793665 or osm_id=242792776?",
      ]
    `);
  });

  it('buildData(broken/selector-several-features) reports it and writes nothing', async () => {
    const run = await broken('selector-several-features');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:4:47 column source_ref: received "place=town", expected a selector matching exactly one feature of geo/places/towns_osm_hotexport_zhetysu.geojson. 24 features match place=town: add a condition with & (e.g. place=town&name=Үшарал), or select by a unique property such as osm_id.",
      ]
    `);
  });

  it('buildData(broken/source-bad-date) reports it and writes nothing', async () => {
    const run = await broken('source-bad-date');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json:6:3 meeting_date: received "20 October 2022", expected a real date written YYYY-MM-DD. E.g. 2024-05-31; check the month has that day.",
      ]
    `);
  });

  it('buildData(broken/source-unknown-input) reports it and writes nothing', async () => {
    const run = await broken('source-unknown-input');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json:12:3 input: received "speeches", expected a speech input id from data/inputs.json. Did you mean speech? Otherwise add a row for speeches to data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/csv-not-utf8) reports it and writes nothing', async () => {
    const run = await broken('csv-not-utf8');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv:3:1: received "the byte E3 (byte 131 of the file), not UTF-8", expected a UTF-8 text file. The file was probably saved in a legacy encoding (Windows-1251, Latin-1). Open it in a text editor and save it as UTF-8 (without BOM is best).",
      ]
    `);
  });

  it('buildData(broken/csv-nul-byte) reports it and writes nothing', async () => {
    const run = await broken('csv-nul-byte');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:3:1: received "the control character U+0000 (NUL)", expected text without control characters (tab and line breaks only). It was probably pasted in from another program or left by a broken export: delete it (a text editor that shows invisible characters helps).",
      ]
    `);
  });

  it('buildData(broken/csv-quote-runs-on) reports it and writes nothing', async () => {
    const run = await broken('csv-quote-runs-on');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/topics.csv:2:1: received "a cell running on to line 3, where the next double quote is followed by "Gas pipelines\\" and t"", expected a closing double quote for the cell opened on this line. Close the quoted cell with " on this line, and double any quote inside it ("").",
      ]
    `);
  });

  it('buildData(broken/csv-utf16) reports it and writes nothing', async () => {
    const run = await broken('csv-utf16');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/bodies.csv:1:1: received "a UTF-16 file (byte-order mark FF FE)", expected a UTF-8 text file. Spreadsheet programs write "Unicode text" as UTF-16. Open it in a text editor and save it as UTF-8 (without BOM is best).",
      ]
    `);
  });

  it('buildData(broken/input-not-utf8) reports it and writes nothing', async () => {
    const run = await broken('input-not-utf8');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "../shared/geo/places/towns_osm_hotexport_zhetysu.geojson:1:1: received "the byte E9 (byte 9940 of the file), not UTF-8", expected a UTF-8 text file. The file was probably saved in a legacy encoding (Windows-1251, Latin-1). Open it in a text editor and save it as UTF-8 (without BOM is best).",
      ]
    `);
  });

  it('buildData(broken/json-duplicate-key) reports it and writes nothing', async () => {
    const run = await broken('json-duplicate-key');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json:7:3 meeting_date: received ""meeting_date" a second time", expected each property name once per object. Line 6 already sets "meeting_date": keep one of the two (JSON readers silently keep only the last).",
        "data/source.json:1:1 known_defects: received "nothing (the property is missing)", expected a list [ … ]. Add the property (see data/README.md).",
      ]
    `);
  });

  it('buildData(broken/mirror-changed-copy-used) reports it and writes nothing', async () => {
    const run = await broken('mirror-changed-copy-used');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "../shared/geo/places/towns_osm_hotexport_zhetysu.geojson sha256: received "sha256 8811f7a517bb803f9d4116090c2903432071912024ad9df7fc0e639572c60329", expected sha256 1b22086316a31b6c4df1cba7a14b78641a239e26bb7499446a35716b6e236069 (data/inputs.json line 42). The mirror file differs from the one the project was checked against (the verified copy in .inputs/ still matches, but the next fresh checkout would fail). Restore the original, or review the new file and write its sha256 into data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/place-outside-district) reports it and writes nothing', async () => {
    const run = await broken('place-outside-district');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:4:63 column source_ref: received "osm_id=243235602", expected a feature inside the polygon of district taldykorgan-city. The feature of geo/places/towns_osm_hotexport_zhetysu.geojson sits at lon 80.95257, lat 46.17613, outside that district. Check the selector picks the right feature and the district column is right (leave district empty for a place outside Zhetysu).",
      ]
    `);
  });

  it('buildData(broken/place-swapped-lonlat) reports it and writes nothing', async () => {
    const run = await broken('place-swapped-lonlat');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:2:81 column source_ref: received "osm_id=241679356", expected a feature inside the map data extent (lon 73 to 86, lat 41.8 to 49.6). The feature of geo/places/towns_osm_hotexport_zhetysu.geojson sits at lon 45.01641, lat 78.37918, which is inside the extent with longitude and latitude swapped: the input has them the wrong way round. Check the selector picks the right feature, or fix the input.",
      ]
    `);
  });

  it('buildData(broken/source-impossible-date) reports it and writes nothing', async () => {
    const run = await broken('source-impossible-date');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/source.json:6:3 meeting_date: received "2022-02-30", expected a real date written YYYY-MM-DD. E.g. 2024-05-31; check the month has that day.",
        "data/source.json:1:1 known_defects: received "nothing (the property is missing)", expected a list [ … ]. Add the property (see data/README.md).",
      ]
    `);
  });

  it('buildData(broken/symlink-loop) reports it and writes nothing', async () => {
    const run = await broken('symlink-loop');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/awards.csv: received "a symbolic link loop (the link points, directly or through others, back to itself)", expected the file data/awards.csv. Run ls -l on data/awards.csv and the links it points to; replace the link with the file itself or point it at a real file.",
      ]
    `);
  });

  it('buildData(broken/unknown-body) reports it and writes nothing', async () => {
    const run = await broken('unknown-body');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv:2:77 column responsible: received "akim", expected a body id from data/bodies.csv. Did you mean akims? Otherwise add a row for akim to data/bodies.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-claim-in-project) reports it and writes nothing', async () => {
    const run = await broken('unknown-claim-in-project');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/projects.csv:2:131 column claims: received "gas-pipe-length", expected a claim id from data/claims.csv. No claim id is close. Known ids: gas-people, irrigation-worn, unused-land. Add a row for gas-pipe-length to data/claims.csv if it is new.",
      ]
    `);
  });

  it('buildData(broken/unknown-deadline) reports it and writes nothing', async () => {
    const run = await broken('unknown-deadline');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv:3:111 column deadline_said: received "by the end of 2025", expected one of the phrases: this year, next year, by YYYY, until YYYY, as soon as possible, urgently, an urgent task, in stages, (empty). Write the deadline as the speech words it, in one of these forms; leave it empty when the speech gives none.",
      ]
    `);
  });

  it('buildData(broken/unknown-district) reports it and writes nothing', async () => {
    const run = await broken('unknown-district');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:6:55 column district: received "aksuu", expected a district id from data/districts.csv. Did you mean aksu? Otherwise add a row for aksuu to data/districts.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-input) reports it and writes nothing', async () => {
    const run = await broken('unknown-input');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/places.csv:5:60 column source: received "lakes-ne10", expected an input id from data/inputs.json. Did you mean lakes-ne10m? Otherwise add a row for lakes-ne10 to data/inputs.json.",
      ]
    `);
  });

  it('buildData(broken/unknown-place) reports it and writes nothing', async () => {
    const run = await broken('unknown-place');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/claims.csv:4:99 column places: received "taldykorgn", expected a place id from data/places.csv. Did you mean taldykorgan? Otherwise add a row for taldykorgn to data/places.csv.",
      ]
    `);
  });

  it('buildData(broken/unknown-topic) reports it and writes nothing', async () => {
    const run = await broken('unknown-topic');
    expect(run.messages).toMatchInlineSnapshot(`
      [
        "data/instructions.csv:3:119 column topic: received "gass", expected a topic id from data/topics.csv. Did you mean gas? Otherwise add a row for gass to data/topics.csv.",
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
  it('build-data.ts --data <dir> --out <dir> exits 1, prints each problem on one line from file:line:column and writes nothing', () => {
    const fixture = project('unknown-topic');
    const cli = spawnSync(process.execPath, ['scripts/build-data.ts', '--data', fixture.paths.dataDir, '--out', fixture.paths.outRoot, '--inputs', fixture.paths.inputsDir], {
      cwd: projectRoot,
      env: { ...process.env, ZHETYSU_SHARED_DIR: fixture.paths.mirrorDir },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    // Builders beyond the core ones (maps, graphics) may add problems about the tiny fixture: only ours are pinned.
    expect(cli.stderr.replaceAll(fixture.tmp, '<tmp>')).toContain(
      '<tmp>/project/data/instructions.csv:3:119 column topic: received "gass", expected a topic id from <tmp>/project/data/topics.csv. Did you mean gas?',
    );
    expect(cli.stderr).toMatch(/\d+ problems? in \d+ files?; nothing was written\. \(\d+ ms \(\d+ ms since start\)\)/u);
    expect(existsSync(join(fixture.paths.outRoot, 'src/generated'))).toBe(false);
  }, 60_000);
});
