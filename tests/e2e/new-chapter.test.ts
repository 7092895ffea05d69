// `npm run new:chapter` for a new story, on a copy of the project: it writes the topic and the chapter, the build
// refuses the placeholders until they are written, then builds a chapter whose links all resolve.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';

let copy: ProjectCopy;
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy.root, env: copy.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const astroBuild = () => run(['node_modules/astro/bin/astro.mjs', 'build']);

beforeAll(() => {
  copy = copyProject('zhetysu-new-chapter-');
});
afterAll(() => copy?.dispose());

describe('npm run new:chapter', () => {
  it('new:chapter "Medical posts" --topic medical-posts --topic-title "Medical posts" gives a chapter that builds once its TODOs are written', () => {
    const made = run(['scripts/tools/new-chapter.ts', 'Medical posts', '--topic', 'medical-posts', '--topic-title', 'Medical posts']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Created content/chapters/medical-posts.mdx.');
    expect(made.stdout).toContain('http://localhost:4321/chapters/medical-posts/');
    const topics = join(copy.root, 'data/topics.csv');
    const chapter = join(copy.root, 'content/chapters/medical-posts.mdx');
    expect(readFileSync(topics, 'utf8')).toMatch(/^medical-posts,Medical posts,\d+,TODO: /m);

    // The placeholders fail, each at its line, with the fix.
    const data = run(['scripts/build-data.ts']);
    expect(data.status).toBe(1);
    expect(data.stderr).toMatch(/data\/topics\.csv:\d+:\d+ column summary: received "TODO: /);
    writeFileSync(topics, readFileSync(topics, 'utf8').replace(/^(medical-posts,Medical posts,\d+,)TODO: .*$/m, '$1What the speech says about the medical posts of the region.'));
    expect(run(['scripts/build-data.ts']).status).toBe(0);
    const refused = astroBuild();
    expect(refused.status).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(/content\/chapters\/medical-posts\.mdx:3:6 dek still holds the placeholder/);

    expect(`${refused.stdout}${refused.stderr}`, 'the scaffold holds nothing else that fails').toMatch(/1 problem in the chapters/);
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^dek: .*$/m, 'dek: "What the President said about the medical posts of the region."'));
    const built = astroBuild();
    expect(built.status, `${built.stderr.slice(-4000)}`).toBe(0);
    expect(built.stdout).toContain('chapter links and anchors: all resolve');
    expect(existsSync(join(copy.root, 'dist/chapters/medical-posts/index.html'))).toBe(true);
  });
});
