import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lineColumn, locateJsonSyntaxError } from './jsonSyntax';

const at = (text: string) => {
  const e = locateJsonSyntaxError(text);
  return e && `${e.line}:${e.column} ${e.message}`;
};

describe('locateJsonSyntaxError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '"x"',
      'true',
      'null',
      '-0.5e+3',
      '{"a":[1,{"b":null}],"c":"\\u00e9\\n"}',
      '\r\n{ "a" : 1 }\r\n',
    ]) {
      expect(locateJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('points at a trailing comma on the right line and column', () => {
    expect(at('{\n  "a": 1,\n}')).toBe('3:1 trailing comma before "}"');
    expect(at('[1, 2,]')).toBe('1:7 trailing comma before "]"');
  });

  it('explains missing commas, colons and quotes', () => {
    expect(at('{\n  "a": 1\n  "b": 2\n}')).toBe('3:3 expected "," or "}", found "\\"" (missing comma?)');
    expect(at('{"a" 1}')).toBe('1:6 expected ":" after the property name, found "1"');
    expect(at("{'a': 1}")).toBe('1:2 expected a property name in double quotes, found "\'"');
    expect(at('{"a": hello}')).toBe('1:7 unexpected "h": expected a value (text needs double quotes)');
    expect(at("['x']")).toBe('1:2 strings must use double quotes, not single quotes');
  });

  it('reports unterminated strings at their opening quote and truncated files at the end', () => {
    expect(at('{"name": "Columbus}')).toBe('1:10 string is never closed (missing closing quote)');
    expect(at('{"a": [1, 2')).toBe('1:12 unexpected end of the file: missing "]"');
    expect(at('')).toBe('1:1 unexpected end of the file: a value is missing');
  });

  it('refuses line breaks in strings, bad escapes, bad numbers and trailing garbage', () => {
    expect(at('{"a": "x\ny"}')).toBe('1:9 line break inside a string (missing closing quote?)');
    expect(at('"\\x"')).toBe('1:2 invalid escape "\\\\x" in a string');
    expect(at('012')).toBe('1:2 invalid number (leading zeros and trailing dots are not allowed)');
    expect(at('1.')).toBe('1:2 invalid number (leading zeros and trailing dots are not allowed)');
    expect(at('{} {}')).toBe('1:4 unexpected "{" after the end of the JSON value');
  });

  it('survives a million levels of nesting without overflowing the stack', () => {
    expect(locateJsonSyntaxError('['.repeat(1_000_000))?.message).toBe(
      'unexpected end of the file: a value is missing',
    );
  });

  it('agrees with JSON.parse on random text', () => {
    const seed = Date.now() % 1_000_000;
    console.log(`jsonSyntax property seed: ${seed}`);
    const token = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"',
      '1',
      '-',
      '0',
      '.5',
      'e3',
      'true',
      'nul',
      ' ',
      '\n',
      '\\',
      "'",
    );
    const jsonish = fc.oneof(
      fc.json(),
      fc.array(token, { maxLength: 30 }).map((t) => t.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonSyntaxError(text) === undefined, text).toBe(valid);
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('lineColumn', () => {
  it('counts LF, CRLF and lone CR as one line break each', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\rcd\re', 6)).toEqual({ line: 3, column: 1 });
  });
});
