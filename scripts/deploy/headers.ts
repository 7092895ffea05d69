// Deploy configuration from the built pages: each page's CSP header is its own Astro <meta> policy
// (same hashes) plus frame-ancestors, which a <meta> cannot carry; caching, Permissions-Policy and the
// rest for every file. `npm run build` writes dist/_headers; `npm run headers -- --format …` the others.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { metaPolicy, parsePolicy, serializePolicy } from '../quality/csp.ts';
import { listPages } from '../quality/pages.ts';

export type Header = [name: string, value: string];

export interface HeaderRule {
  /** Path pattern as Netlify and Cloudflare Pages read it: exact, or ending in `*`. */
  path: string;
  headers: Header[];
}

export interface HeaderOptions {
  /** Add Strict-Transport-Security (only once the whole domain is served over HTTPS for good). */
  hsts?: boolean;
}

// A page without a meta policy (plain HTML copied from public/) still gets a strict one.
const FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
/** The site uses no camera, microphone, location, payment or USB; naming only features Chromium knows keeps the console clean. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';
export const HSTS = 'max-age=31536000; includeSubDomains';
/** Hashed build assets never change under their URL; HTML and the embed scripts must be revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** Folders whose files never change under their URL: Vite's hashed assets (scripts, styles, fonts). */
export const IMMUTABLE_DIRS = ['/_astro/'];
/** Scripts host pages load by a fixed URL: a redeploy must reach them at once. */
export const FIXED_SCRIPTS = ['/embed/loader.js', '/embed/child.js'];
/** Cloudflare Pages ignores a _headers file past these (developers.cloudflare.com/pages/configuration/headers). */
export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 };

const shared = (options: HeaderOptions): Header[] => [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ...(options.hsts ? [['Strict-Transport-Security', HSTS] as Header] : []),
];

/** Embeds are made to be framed by news sites; every other page only by the site itself. */
export function frameAncestors(path: string): string {
  return path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/** The CSP of one page: its meta policy plus frame-ancestors. */
function pagePolicy(file: string, path: string): string {
  const policy = (metaPolicy(readFileSync(file, 'utf8')) ?? FALLBACK_POLICY).trim().replace(/\s*;\s*$/, '');
  return `${policy.replace(/\s*;\s*/g, '; ')}; ${frameAncestors(path)}`;
}

/**
 * One rule for every file (`/*`: shared headers), one per page (CSP, no-cache), one per immutable folder
 * and fixed script. No header is set by two rules matching one path, since the hosts join duplicates with ", ".
 */
export function headerRules(dist: string, options: HeaderOptions = {}): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: '/*', headers: shared(options) }];
  for (const page of listPages(dist)) {
    rules.push({ path: page.path, headers: [['Content-Security-Policy', pagePolicy(page.file, page.path)], ['Cache-Control', REVALIDATE]] });
  }
  for (const dir of IMMUTABLE_DIRS) if (existsSync(join(dist, dir))) rules.push({ path: `${dir}*`, headers: [['Cache-Control', IMMUTABLE]] });
  for (const script of FIXED_SCRIPTS) if (existsSync(join(dist, script))) rules.push({ path: script, headers: [['Cache-Control', REVALIDATE]] });
  return rules;
}

/** Directive by directive, every source of every policy, in first-seen order. */
export function unionPolicy(policies: readonly string[]): string {
  const out = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) out.set(name, [...new Set([...(out.get(name) ?? []), ...sources])]);
  }
  return serializePolicy(out);
}

/**
 * The rules for a _headers file, within Cloudflare's 100: the pages of one top-level folder (`/tracker/*`) share one
 * rule whose CSP is the union of theirs (our own inline hashes, so no page gains anything foreign); the home page and
 * single pages keep their own. nginx and Vercel keep one exact rule per page.
 */
export function groupedRules(rules: readonly HeaderRule[]): HeaderRule[] {
  const isPage = (r: HeaderRule): boolean => !r.path.endsWith('*') && r.headers.some(([k]) => k === 'Content-Security-Policy');
  // `/tracker/` and `/tracker/x/` share `/tracker/*` (which matches both); `/` and `/404.html` stand alone.
  const folderOf = (path: string): string | null => (/^\/[^/]+\//u.test(path) ? `/${path.split('/')[1] ?? ''}/` : null);
  const groups = new Map<string, HeaderRule[]>();
  for (const r of rules.filter(isPage)) {
    const folder = folderOf(r.path) ?? r.path;
    groups.set(folder, [...(groups.get(folder) ?? []), r]);
  }
  const out: HeaderRule[] = [];
  const grouped = new Set<string>();
  for (const r of rules) {
    if (!isPage(r)) {
      // A fixed script inside a grouped folder already gets no-cache from the folder's rule.
      const folder = folderOf(r.path);
      if (!(folder && (groups.get(folder)?.length ?? 0) > 1 && grouped.has(folder))) out.push(r);
      continue;
    }
    const folder = folderOf(r.path) ?? r.path;
    const members = groups.get(folder) ?? [r];
    if (members.length === 1 || folderOf(r.path) === null) {
      out.push(r);
      continue;
    }
    if (grouped.has(folder)) continue;
    grouped.add(folder);
    const csp = unionPolicy(members.map((m) => m.headers.find(([k]) => k === 'Content-Security-Policy')?.[1] ?? ''));
    out.push({ path: `${folder}*`, headers: r.headers.map(([k, v]): Header => [k, k === 'Content-Security-Policy' ? csp : v]) });
  }
  return out;
}

export function formatNetlify(rules: HeaderRule[]): string {
  const head = '# Generated by scripts/deploy/headers.ts after each build; Netlify and Cloudflare Pages read it as is.\n';
  return head + rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
}

/** Problems that make Cloudflare Pages ignore a _headers file: too many rules, a line too long. */
export function cloudflareProblems(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((l) => l.trim() !== '' && !l.startsWith('#') && !/^\s/u.test(l)).length;
  const problems: string[] = [];
  if (rules > CLOUDFLARE_LIMITS.rules) problems.push(`_headers: received ${rules} rules, expected at most ${CLOUDFLARE_LIMITS.rules} (Cloudflare Pages ignores the rest). Merge pages that share a policy under one wildcard rule.`);
  lines.forEach((line, i) => {
    if (line.length > CLOUDFLARE_LIMITS.lineLength) problems.push(`_headers line ${i + 1}: received ${line.length} characters, expected at most ${CLOUDFLARE_LIMITS.lineLength} (Cloudflare Pages drops the header). Fewer inline scripts/styles on that page mean fewer hashes in its CSP.`);
  });
  return problems;
}

/** MIME types nginx must send for the files the build holds; Debian's mime.types lacks .mjs, and with nosniff a worker served as octet-stream is refused. */
const MIME: Record<string, string> = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.woff': 'font/woff', '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm', '.map': 'application/json', '.html': 'text/html', '.csv': 'text/csv', '.txt': 'text/plain', '.xml': 'application/xml',
  '.ico': 'image/x-icon', '.ics': 'text/calendar',
};

/** Extensions of the files under a folder of dist. */
function extensionsUnder(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else found.add(extname(entry.name).toLowerCase());
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

/** A `types { }` block for a folder: it replaces nginx's map there, so it names every extension the folder holds. */
function typesBlock(dist: string, dir: string): string {
  const byType = new Map<string, string[]>();
  for (const ext of [...extensionsUnder(join(dist, dir))].sort()) {
    const type = MIME[ext];
    if (type === undefined) throw new Error(`headers: ${dir} holds a ${ext || '(no extension)'} file, which has no MIME type in scripts/deploy/headers.ts (MIME). Add one.`);
    byType.set(type, [...(byType.get(type) ?? []), ext.slice(1)]);
  }
  return `    types { ${[...byType].map(([type, exts]) => `${type} ${exts.join(' ')};`).join(' ')} }\n    default_type application/octet-stream;\n`;
}

/**
 * An nginx snippet to `include` inside a server { } block whose root is dist/ and that may have its own
 * `location /`: exact locations for every page and its index.html alias, prefix locations for the folders
 * (so their files get the shared headers too), `.mjs` typed, /_headers denied. Every location repeats the
 * shared headers: nginx drops a server-level add_header in any location that has one of its own.
 */
export function formatNginx(rules: HeaderRule[], dist: string): string {
  const base = rules.find((r) => r.path === '/*')?.headers ?? [];
  const add = (headers: Header[]): string => headers.map(([k, v]) => `    add_header ${k} "${v.replace(/"/g, '\\"')}" always;\n`).join('');
  const blocks: string[] = [];
  for (const r of rules.filter((rule) => rule.path !== '/*' && !rule.path.endsWith('*'))) {
    const file = r.path.endsWith('/') ? `${r.path}index.html` : r.path;
    const body = `${add([...base, ...r.headers])}    try_files ${file} =404;\n`;
    blocks.push(`location = ${r.path} {\n${body}}`);
    // /index.html, /chapters/gas/index.html: the same file, so the same headers (else it could be framed anywhere).
    if (r.path.endsWith('/')) blocks.push(`location = ${file} {\n${body}}`);
  }
  const immutable = new Set(IMMUTABLE_DIRS);
  const dirs = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/${e.name}/`).sort();
  for (const dir of dirs) {
    const cache: Header[] = immutable.has(dir) ? [['Cache-Control', IMMUTABLE]] : [];
    blocks.push(`location ^~ ${dir} {\n${typesBlock(dist, dir)}${add([...base, ...cache])}}`);
  }
  const files = readdirSync(dist, { withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.html') && !e.name.startsWith('_')).map((e) => `/${e.name}`).sort();
  for (const file of files) blocks.push(`location = ${file} {\n${add(base)}}`);
  const lines = [
    '# nginx: include inside the server { } block whose root is dist/ (it may keep its own location /).',
    '# Generated by `npm run headers -- --format nginx`; regenerate after every build (the CSP hashes change).',
    '# HSTS: once the whole domain is HTTPS for good, regenerate with --hsts (a server-level add_header would be',
    '# dropped by every location below that sets its own headers).',
    'error_page 404 /404.html;',
    '# Host-specific files from the build are not for readers.',
    'location = /_headers { return 404; }',
    ...blocks,
  ];
  return `${lines.join('\n')}\n`;
}

export function formatVercel(rules: HeaderRule[]): string {
  const source = (path: string): string => (path === '/*' ? '/(.*)' : path.endsWith('*') ? `${path.slice(0, -1)}(.*)` : path);
  const headers = rules.map((r) => ({ source: source(r.path), headers: r.headers.map(([key, value]) => ({ key, value })) }));
  return `${JSON.stringify({ trailingSlash: true, headers }, null, 2)}\n`;
}

export const FORMATS = ['netlify', 'cloudflare', 'nginx', 'vercel'] as const;
export type Format = (typeof FORMATS)[number];

/** Where each format goes unless --out says otherwise, relative to the project root. */
export const DEFAULT_OUT: Record<Format, string> = { netlify: 'dist/_headers', cloudflare: 'dist/_headers', vercel: 'dist/vercel.json', nginx: 'zhetysu-headers.conf' };

/** The text of one format; a _headers file past Cloudflare's limits throws. */
export function render(format: Format, dist: string, options: HeaderOptions = {}): string {
  const rules = headerRules(dist, options);
  if (format === 'nginx') return formatNginx(rules, dist);
  if (format === 'vercel') return formatVercel(rules);
  const text = formatNetlify(groupedRules(rules));
  const problems = cloudflareProblems(text);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return text;
}

/** Parses the command line: `--format <f> [--out FILE] [--dist DIR] [--hsts]`; bad input throws with the usage. */
export function parseArgs(args: readonly string[], root: string): { format: Format; out: string; dist: string; hsts: boolean } {
  const usage = 'Usage: npm run headers -- --format netlify|cloudflare|nginx|vercel [--out FILE] [--dist DIR] [--hsts]';
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    const v = args[at + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value. ${usage}`);
    return v;
  };
  const known = new Set(['--format', '--out', '--dist', '--hsts']);
  const stray = args.filter((a, i) => a.startsWith('--') ? !known.has(a) : !known.has(args[i - 1] ?? ''));
  if (stray.length > 0) throw new Error(`headers: received ${stray.join(' ')}, expected only the flags below. ${usage}`);
  const raw = value('--format') ?? 'netlify';
  if (!(FORMATS as readonly string[]).includes(raw)) throw new Error(`--format: received "${raw}", expected one of ${FORMATS.join(', ')}. ${usage}`);
  const format = raw as Format;
  return { format, out: resolve(root, value('--out') ?? DEFAULT_OUT[format]), dist: resolve(root, value('--dist') ?? 'dist'), hsts: args.includes('--hsts') };
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '../..');
  try {
    const { format, out, dist, hsts } = parseArgs(process.argv.slice(2), root);
    const text = render(format, dist, { hsts });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    const count = format === 'netlify' || format === 'cloudflare' ? groupedRules(headerRules(dist)).length : headerRules(dist).length;
    console.log(`headers: wrote ${out} (${format}, ${count} rules)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
