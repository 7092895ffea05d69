import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { builders } from './datasets/index.ts';
import { makeFixtureProject, projectRoot, runFixture } from './fixtures/run-fixture.ts';

const dataDir = join(projectRoot, 'data');
// geo reads no curated file of its own (only inputs and earlier datasets) and takes seconds: leave it out here.
const readers = builders.filter((b) => b.name !== 'geo');
const dataFiles = readdirSync(dataDir).filter((file) => /\.(csv|json)$/u.test(file)).sort();

// Corrupts a copy so that any reader must fail: a row with one cell too many, or JSON cut short.
function corrupt(file: string, text: string): string {
  if (file.endsWith('.csv')) {
    const columns = (text.split('\n')[0] ?? '').split(',').length;
    return `${text.replace(/\n?$/u, '\n')}${Array.from({ length: columns + 1 }, () => 'x').join(',')}\n`;
  }
  return text.trimEnd().slice(0, -1);
}

describe('buildData(real data with one file corrupted)', () => {
  it.each(dataFiles)('buildData() fails naming data/%s and writes nothing', async (file) => {
    const fixture = makeFixtureProject(undefined, dataDir);
    onTestFinished(fixture.dispose);
    const path = join(fixture.paths.dataDir, file);
    writeFileSync(path, corrupt(file, readFileSync(path, 'utf8')));
    const run = await runFixture(fixture, readers);
    expect(run.problems.map((p) => p.file)).toContain(`data/${file}`);
    expect(run.generatedExists).toBe(false);
  }, 30_000);
});
