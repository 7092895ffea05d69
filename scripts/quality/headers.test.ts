import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNetlify, formatNginx, formatVercel, headerRules } from './headers.ts';

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

describe('formatNetlify / formatNginx / formatVercel', () => {
  const rules = [{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as Array<[string, string]> }, { path: '/a/', headers: [['Content-Security-Policy', "default-src 'self'"]] as Array<[string, string]> }];

  it('formatNetlify(rules) writes path lines with indented headers', () => {
    expect(formatNetlify(rules)).toContain("/a/\n  Content-Security-Policy: default-src 'self'\n");
  });

  it('formatNginx(rules) repeats the shared headers in each exact location, since add_header does not inherit', () => {
    expect(formatNginx(rules)).toContain(`location = /a/ {\n    add_header X-Content-Type-Options "nosniff" always;\n    add_header Content-Security-Policy "default-src 'self'" always;`);
  });

  it('formatVercel(rules) maps /* to /(.*)', () => {
    expect(JSON.parse(formatVercel(rules)).headers[0].source).toBe('/(.*)');
  });
});
