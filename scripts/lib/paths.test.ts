import { describe, expect, it } from 'vitest';
import { displayPath, resolvePaths } from './paths.ts';

describe('resolvePaths', () => {
  it('resolvePaths(root) defaults to data/, ../shared, .inputs/ and the root', () => {
    expect(resolvePaths('/p/site', [], {})).toEqual({ root: '/p/site', dataDir: '/p/site/data', mirrorDir: '/p/shared', inputsDir: '/p/site/.inputs', outRoot: '/p/site' });
  });

  it('resolvePaths(root, argv, env) takes --data, --out, --inputs and the environment', () => {
    const paths = resolvePaths('/p/site', ['--data', 'fixtures/x', '--out', '/tmp/o', '--inputs', '/tmp/i'], { ZHETYSU_SHARED_DIR: '/m' });
    expect(paths).toEqual({ root: '/p/site', dataDir: '/p/site/fixtures/x', mirrorDir: '/m', inputsDir: '/tmp/i', outRoot: '/tmp/o' });
    expect(resolvePaths('/p/site', [], { ZHETYSU_DATA_DIR: '/d' }).dataDir).toBe('/d');
  });
});

describe('displayPath', () => {
  it('displayPath(root, path) is relative inside the root or its parent, absolute further out', () => {
    expect(displayPath('/p/site', '/p/site/data/claims.csv')).toBe('data/claims.csv');
    expect(displayPath('/p/site', '/p/shared/source/speech.en.txt')).toBe('../shared/source/speech.en.txt');
    expect(displayPath('/p/site', '/tmp/x/claims.csv')).toBe('/tmp/x/claims.csv');
  });
});
