// JSON reader that remembers the line of every value, so schema errors in JSON files can name a line.
import type { Problem } from './builder.ts';

export type JsonPath = readonly PropertyKey[];

/** `[3].geometry.via[2]`: the way Problems name a place inside a JSON file. */
export function formatPath(path: JsonPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

export interface JsonDocument {
  value: unknown;
  /** 1-based line where the value at `path` starts (the nearest enclosing value when unknown). */
  lineOf(path: JsonPath): number | undefined;
}

class JsonSyntaxError extends Error {
  readonly at: number;
  constructor(message: string, at: number) {
    super(message);
    this.at = at;
  }
}

/** Parses strict JSON (RFC 8259); a syntax error is one Problem with line and column. */
export function parseJson(text: string, file: string): { doc?: JsonDocument; problems: Problem[] } {
  const lines = new Map<string, number>();
  // JSON.parse keeps the last of two equal keys without a word; an editor's first value would vanish.
  const repeated: Problem[] = [];
  let i = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, i);
  };
  const space = (): void => {
    for (;;) {
      const c = text[i];
      if (c === '\n') line += 1;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i += 1;
    }
  };
  const string = (): string => {
    const start = i;
    i += 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') fail('a closing double quote for the string');
      if (c === '"') break;
      i += c === '\\' ? 2 : 1;
    }
    i += 1;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('a valid string (escape \\ and " with a backslash)');
    }
  };
  const value = (path: string): unknown => {
    space();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i += 1;
      const out: Record<string, unknown> = {};
      space();
      if (text[i] === '}') {
        i += 1;
        return out;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('a property name in double quotes (no trailing comma before })');
        const keyLine = line;
        const key = string();
        const keyPath = path === '' ? key : `${path}.${key}`;
        if (Object.hasOwn(out, key)) {
          repeated.push({ file, line: keyLine, field: keyPath, received: `"${key}" a second time`, expected: 'each property name once per object',
            hint: `Line ${lines.get(keyPath) ?? '?'} already sets "${key}": keep one of the two (JSON readers silently keep only the last).` });
        }
        space();
        if (text[i] !== ':') fail('a colon after the property name');
        i += 1;
        // defineProperty: a "__proto__" key is data, not the object's prototype.
        Object.defineProperty(out, key, { value: value(keyPath), enumerable: true, writable: true, configurable: true });
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return out;
        } else fail('a comma or a closing }');
      }
    }
    if (c === '[') {
      i += 1;
      const out: unknown[] = [];
      space();
      if (text[i] === ']') {
        i += 1;
        return out;
      }
      for (;;) {
        out.push(value(`${path}[${out.length}]`));
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return out;
        } else fail('a comma or a closing ]');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal === null) return fail('a value (string, number, true, false, null, object or array)');
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  try {
    const parsed = value('');
    space();
    if (i < text.length) fail('the end of the file after the top-level value');
    const lineOf = (path: JsonPath): number | undefined => {
      for (let n = path.length; n >= 0; n -= 1) {
        const found = lines.get(formatPath(path.slice(0, n)));
        if (found !== undefined) return found;
      }
      return undefined;
    };
    return { doc: { value: parsed, lineOf }, problems: repeated };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const column = error.at - text.lastIndexOf('\n', error.at - 1);
    const near = text.slice(error.at, error.at + 20).split('\n')[0] ?? '';
    return {
      problems: [{ file, line, field: `column ${column}`, received: near === '' ? 'end of the line' : near, expected: error.message,
        hint: 'Fix the JSON syntax at that spot (a missing comma, a trailing comma, or an unquoted name are the usual causes).' }],
    };
  }
}
