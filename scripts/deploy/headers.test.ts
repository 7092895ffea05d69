import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudflareProblems, formatNetlify, formatNginx, formatVercel, groupedRules, headerRules, IMMUTABLE, parseArgs } from './headers.ts';

function dist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  const meta = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
  writeFileSync(join(dir, 'index.html'), meta("default-src 'self';script-src 'self' 'sha256-abc';"));
  mkdirSync(join(dir, 'embed/jobs'), { recursive: true });
  writeFileSync(join(dir, 'embed/jobs/index.html'), meta("default-src 'self'; script-src 'self'"));
  writeFileSync(join(dir, 'plain.html'), '<!doctype html><p>copied from public/</p>');
  return dir;
}

describe('headerRules', () => {
  it("headerRules(dist) copies each page's meta policy and adds frame-ancestors: * for embeds, 'self' elsewhere", () => {
    const rules = headerRules(dist());
    expect(rules.map((r) => [r.path, r.headers.find(([k]) => k === 'Content-Security-Policy')?.[1]])).toEqual([
      ['/*', undefined],
      ['/', "default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors 'self'"],
      ['/embed/jobs/', "default-src 'self'; script-src 'self'; frame-ancestors *"],
      ['/plain.html', "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"],
    ]);
  });
});

describe('headerRules caching', () => {
  it('headerRules(dist) gives pages no-cache, hashed assets immutable, the loader no-cache, and never one header from two rules', () => {
    const dir = dist();
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/live.abc.js'), '');
    writeFileSync(join(dir, 'embed/loader.js'), '');
    const rules = headerRules(dir);
    const cache = Object.fromEntries(rules.flatMap((r) => r.headers.filter(([k]) => k === 'Cache-Control').map(([, v]) => [r.path, v])));
    expect(cache).toEqual({ '/': 'no-cache', '/embed/jobs/': 'no-cache', '/plain.html': 'no-cache', '/_astro/*': IMMUTABLE, '/embed/loader.js': 'no-cache' });
    expect(rules[0]?.headers.map(([k]) => k)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
    expect(headerRules(dir, { hsts: true })[0]?.headers.map(([k]) => k)).toContain('Strict-Transport-Security');
  });
});

describe('cloudflareProblems', () => {
  it('cloudflareProblems(text) reports more than 100 rules and a line over 2,000 characters', () => {
    const rules = Array.from({ length: 101 }, (_, i) => `/p${i}/\n  X: y\n`).join('');
    expect(cloudflareProblems(rules)).toEqual([expect.stringContaining('received 101 rules, expected at most 100')]);
    expect(cloudflareProblems(`/a/\n  Content-Security-Policy: ${'x'.repeat(2000)}\n`)).toEqual([expect.stringContaining('_headers line 2: received 2027 characters')]);
    expect(cloudflareProblems('/a/\n  X: y\n')).toEqual([]);
  });
});

describe('formatNetlify / formatNginx / formatVercel', () => {
  const rules = [{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as Array<[string, string]> }, { path: '/a/', headers: [['Content-Security-Policy', "default-src 'self'"]] as Array<[string, string]> }];

  it('formatNetlify(rules) writes path lines with indented headers', () => {
    expect(formatNetlify(rules)).toContain("/a/\n  Content-Security-Policy: default-src 'self'\n");
  });

  it('formatNginx(rules) repeats the shared headers in each exact location, since add_header does not inherit', () => {
    expect(formatNginx(rules, dist())).toContain(`location = /a/ {\n    add_header X-Content-Type-Options "nosniff" always;\n    add_header Content-Security-Policy "default-src 'self'" always;`);
  });

  it('formatNginx(rules) has no location / of its own, gives index.html aliases the same headers, types .mjs and denies /_headers', () => {
    const dir = dist();
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro/worker.abc.mjs'), '');
    writeFileSync(join(dir, '_astro/site.abc.css'), '');
    const text = formatNginx(headerRules(dir), dir);
    expect(text).not.toMatch(/location \/ /u);
    expect(text).toContain('location = /embed/jobs/index.html {');
    expect(text).toContain('location = /index.html {');
    expect(text).toMatch(/location \^~ \/_astro\/ \{\n {4}types \{ text\/css css; text\/javascript mjs; \}/u);
    expect(text).toContain('location = /_headers { return 404; }');
    expect(text).toContain('error_page 404 /404.html;');
  });

  it('formatNginx(a folder holding a file type it does not know) throws naming it', () => {
    const dir = dist();
    mkdirSync(join(dir, 'odd'));
    writeFileSync(join(dir, 'odd/x.qqq'), '');
    expect(() => formatNginx(headerRules(dir), dir)).toThrow(/\/odd\/ holds a \.qqq file/u);
  });

  it('formatVercel(rules) maps /* to /(.*) and folder wildcards to (.*)', () => {
    expect(JSON.parse(formatVercel(rules)).headers[0].source).toBe('/(.*)');
    expect(JSON.parse(formatVercel([{ path: '/_astro/*', headers: [] }])).headers[0].source).toBe('/_astro/(.*)');
  });
});

describe('parseArgs and the command', () => {
  it('parseArgs(args) defaults the file per format and refuses an unknown format, a flag without value or a stray word', () => {
    expect(parseArgs(['--format', 'nginx'], '/p')).toMatchObject({ format: 'nginx', out: '/p/zhetysu-headers.conf', dist: '/p/dist' });
    expect(parseArgs(['--format', 'cloudflare', '--out', 'x/_headers'], '/p')).toMatchObject({ out: '/p/x/_headers' });
    expect(() => parseArgs(['--format', 'apache'], '/p')).toThrow(/received "apache", expected one of netlify, cloudflare, nginx, vercel/u);
    expect(() => parseArgs(['--format', 'nginx', '--out'], '/p')).toThrow(/--out needs a value/u);
    expect(() => parseArgs(['--format', 'nginx', '>', 'f'], '/p')).toThrow(/received > f/u);
  });

  it('headers.ts --format vercel --out FILE writes the file itself; without a build it exits 1 saying so', () => {
    const dir = dist();
    const out = join(dir, 'out/vercel.json');
    const ok = spawnSync(process.execPath, ['scripts/deploy/headers.ts', '--format', 'vercel', '--dist', dir, '--out', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).trailingSlash).toBe(true);
    const empty = mkdtempSync(join(tmpdir(), 'headers-'));
    const bad = spawnSync(process.execPath, ['scripts/deploy/headers.ts', '--format', 'nginx', '--dist', empty, '--out', join(empty, 'x.conf')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('index.html is missing: build the site first');
    expect(existsSync(join(empty, 'x.conf'))).toBe(false);
  });
});

describe('groupedRules', () => {
  it('groupedRules(rules) puts the pages of a folder, its index too, under one wildcard rule with the union of their policies', () => {
    const page = (path: string, csp: string) => ({ path, headers: [['Content-Security-Policy', csp], ['Cache-Control', 'no-cache']] as Array<[string, string]> });
    const grouped = groupedRules([
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      page('/', "script-src 'self' 'sha256-a'"),
      page('/tracker/', "script-src 'self' 'sha256-b'; style-src 'self'"),
      page('/tracker/x/', "script-src 'self' 'sha256-c'"),
      page('/speech/', "script-src 'self'"),
      page('/embed/a/', "script-src 'self'; frame-ancestors *"),
      page('/embed/b/', "script-src 'self'; frame-ancestors *"),
      { path: '/embed/loader.js', headers: [['Cache-Control', 'no-cache']] },
      { path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] },
    ]);
    expect(grouped.map((r) => [r.path, r.headers.find(([k]) => k === 'Content-Security-Policy')?.[1]])).toEqual([
      ['/*', undefined],
      ['/', "script-src 'self' 'sha256-a'"],
      ['/tracker/*', "script-src 'self' 'sha256-b' 'sha256-c'; style-src 'self'"],
      ['/speech/', "script-src 'self'"],
      ['/embed/*', "script-src 'self'; frame-ancestors *"],
      ['/_astro/*', undefined],
    ]);
  });
});
