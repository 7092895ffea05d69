import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleScript, embedEntry } from './bundle.ts';

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

describe('bundleScript', () => {
  it('bundleScript(child) stays within 2 KB gzipped', async () => {
    const code = await bundleScript(embedEntry('child'));
    expect(gzipped(code)).toBeLessThanOrEqual(2048);
  });

  it('bundleScript(loader) stays within 1 KB gzipped', async () => {
    const code = await bundleScript(embedEntry('loader'));
    expect(gzipped(code)).toBeLessThanOrEqual(1024);
  });

  it('bundleScript output is a self-contained classic script', async () => {
    const code = await bundleScript(embedEntry('loader'));
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
  });
});
