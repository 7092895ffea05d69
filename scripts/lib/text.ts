// Reads a file as strict UTF-8 text: wrong encodings, NUL and control characters and odd files are Problems, never mojibake.
import { readFileSync } from 'node:fs';
import type { Problem } from './builder.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** 1-based line of a byte offset: counts the newlines before it. */
const lineAtByte = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
};

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

// Tab, line feed and carriage return are text; every other C0 control, DEL and the C1 controls are not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Decodes bytes as UTF-8 (a UTF-8 BOM is dropped); a UTF-16 file, a bad byte or a control character is one Problem. */
export function decodeText(bytes: Uint8Array, file: string): { text?: string; problem?: Problem } {
  const fix = 'Open it in a text editor and save it as UTF-8 (without BOM is best).';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 1, received: `a UTF-16 file (byte-order mark ${hex(bytes.subarray(0, 2))})`, expected: 'a UTF-8 text file',
      hint: `Spreadsheet programs write "Unicode text" as UTF-16. ${fix}` } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    return { problem: { file, line: lineAtByte(bytes, at), received: `the byte ${hex(bytes.subarray(at, at + 1))} (byte ${at + 1} of the file), not UTF-8`,
      expected: 'a UTF-8 text file', hint: `The file was probably saved in a legacy encoding (Windows-1251, Latin-1). ${fix}` } };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { problem: { file, line, received: `the control character ${code}${code === 'U+0000' ? ' (NUL)' : ''}`, expected: 'text without control characters (tab and line breaks only)',
      hint: 'It was probably pasted in from another program or left by a broken export: delete it (a text editor that shows invisible characters helps).' } };
  }
  return { text };
}

/** Why a file could not be read, as the `received` of a Problem. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ELOOP':
      return 'a symbolic link loop (the link points, directly or through others, back to itself)';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'a file this user may not read (permission denied)';
    default:
      return `an unreadable file (${code ?? String(error)})`;
  }
}

/** Reads a file as strict UTF-8 text, or says why it cannot be read. */
export function readText(path: string, file: string): { text?: string; problem?: Problem; missing?: boolean } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const received = readFailure(error);
    const hint = (error as NodeJS.ErrnoException).code === 'ELOOP'
      ? `Run ls -l on ${file} and the links it points to; replace the link with the file itself or point it at a real file.`
      : undefined;
    return { problem: { file, received, expected: `the file ${file}`, ...(hint === undefined ? {} : { hint }) }, missing: received === 'no such file' };
  }
  return decodeText(bytes, file);
}
