import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { decodeText, readText } from './text.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodeText(UTF-8 with or without BOM) gives the text without the BOM', () => {
    expect(decodeText(bytes('\uFEFFid,name\na,Ақсу\n'), 'f.csv')).toEqual({ text: 'id,name\na,Ақсу\n' });
    expect(decodeText(bytes('a\tb\r\n'), 'f.csv')).toEqual({ text: 'a\tb\r\n' });
  });

  it('decodeText(UTF-16 big- or little-endian) says to save as UTF-8', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      expect(decodeText(Uint8Array.from([...bom, 0x61, 0]), 'f.csv').problem).toMatchObject({ line: 1, expected: 'a UTF-8 text file', hint: expect.stringContaining('save it as UTF-8') });
    }
  });

  it('decodeText(a stray byte) names the line and the byte', () => {
    const text = Uint8Array.from([...bytes('ok\nok\n'), 0x61, 0xc3, 0x28]);
    expect(decodeText(text, 'f.csv').problem).toMatchObject({ line: 3, received: 'the byte C3 (byte 8 of the file), not UTF-8' });
  });

  it('decodeText(a control character other than tab and line breaks) names its line and code point', () => {
    expect(decodeText(bytes('a\nb\u0007c\n'), 'f.csv').problem).toMatchObject({ line: 2, received: 'the control character U+0007' });
    expect(decodeText(bytes('a\u0085'), 'f.csv').problem).toMatchObject({ received: 'the control character U+0085' });
  });
});

describe('readText', () => {
  it('readText(a symlink loop, a folder, a missing file) says which it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhetysu-text-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    symlinkSync('loop.csv', join(dir, 'loop.csv'));
    expect(readText(join(dir, 'loop.csv'), 'loop.csv').problem?.received).toMatch(/^a symbolic link loop/u);
    expect(readText(dir, 'dir').problem?.received).toBe('a folder, not a file');
    expect(readText(join(dir, 'none.csv'), 'none.csv')).toMatchObject({ missing: true, problem: { received: 'no such file' } });
  });
});
