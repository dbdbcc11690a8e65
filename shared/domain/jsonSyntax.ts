/**
 * Finds where a JSON text goes wrong, with a line, a column and a plain reason.
 * JSON.parse's own messages differ between engines (Node 20 often gives no position at all), so on
 * failure we re-scan the text with this small strict scanner. It is iterative (an explicit stack), so
 * "[[[[..." a million levels deep cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the problem. */
  offset: number;
  /** 1-based line and column (a CRLF counts as one line break). */
  line: number;
  column: number;
  message: string;
}

/**
 * 1-based line and column of an offset.
 * @example lineColumn('{\n  "a": x', 9) // { line: 2, column: 8 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  return JSON.stringify(ch);
}

/**
 * The first syntax error of a JSON text, or undefined when it is valid JSON.
 * @example locateJsonSyntaxError('{"a": 1,}')?.message // 'trailing comma before "}"'
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('{' | '[')[] = [];
  let pos = 0;
  const n = text.length;
  type State = 'value' | 'firstValueOrClose' | 'key' | 'firstKeyOrClose' | 'after';
  let state: State = 'value';
  let afterComma = false;

  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, ...lineColumn(text, offset), message });
  const skipWs = () => {
    while (pos < n) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else break;
    }
  };
  /** Scans a string starting at the opening quote; returns an error or undefined. */
  const scanString = (): JsonSyntaxError | undefined => {
    const open = pos;
    pos++;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return undefined;
      }
      if (c === 92) {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)))
            return fail(pos, 'invalid \\u escape: expected 4 hex digits');
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) pos += 2;
        else return fail(pos, `invalid escape ${JSON.stringify('\\' + (e ?? ''))} in a string`);
        continue;
      }
      if (c < 0x20) {
        return fail(
          pos,
          c === 10 || c === 13
            ? 'line break inside a string (missing closing quote?)'
            : 'control character inside a string',
        );
      }
      pos++;
    }
    return fail(open, 'string is never closed (missing closing quote)');
  };

  for (;;) {
    skipWs();
    const ch = text[pos];
    if (state === 'value' || state === 'firstValueOrClose') {
      if (state === 'firstValueOrClose' && ch === ']') {
        stack.pop();
        pos++;
        state = 'after';
        continue;
      }
      if (ch === ']' && afterComma) return fail(pos, 'trailing comma before "]"');
      afterComma = false;
      if (ch === undefined) return fail(pos, 'unexpected end of the file: a value is missing');
      if (ch === '{') {
        stack.push('{');
        pos++;
        state = 'firstKeyOrClose';
      } else if (ch === '[') {
        stack.push('[');
        pos++;
        state = 'firstValueOrClose';
      } else if (ch === '"') {
        const e = scanString();
        if (e) return e;
        state = 'after';
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (!m || m[0] === '-') return fail(pos, 'invalid number');
        pos += m[0].length;
        if (/[0-9.eE]/.test(text[pos] ?? ''))
          return fail(pos, 'invalid number (leading zeros and trailing dots are not allowed)');
        state = 'after';
      } else if (text.startsWith('true', pos) || text.startsWith('null', pos)) {
        pos += 4;
        state = 'after';
      } else if (text.startsWith('false', pos)) {
        pos += 5;
        state = 'after';
      } else if (ch === "'") {
        return fail(pos, 'strings must use double quotes, not single quotes');
      } else {
        return fail(pos, `unexpected ${describeChar(ch)}: expected a value (text needs double quotes)`);
      }
    } else if (state === 'key' || state === 'firstKeyOrClose') {
      if (ch === '}') {
        if (state === 'key') return fail(pos, 'trailing comma before "}"');
        stack.pop();
        pos++;
        state = 'after';
        continue;
      }
      if (ch !== '"') {
        if (ch === undefined) return fail(pos, 'unexpected end of the file: missing "}"');
        return fail(pos, `expected a property name in double quotes, found ${describeChar(ch)}`);
      }
      const e = scanString();
      if (e) return e;
      skipWs();
      if (text[pos] !== ':') return fail(pos, `expected ":" after the property name, found ${describeChar(text[pos])}`);
      pos++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (ch === undefined) return undefined;
        return fail(pos, `unexpected ${describeChar(ch)} after the end of the JSON value`);
      }
      if (ch === ',') {
        pos++;
        state = top === '{' ? 'key' : 'value';
        afterComma = top === '[';
      } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        stack.pop();
        pos++;
      } else if (ch === undefined) {
        return fail(pos, `unexpected end of the file: missing "${top === '{' ? '}' : ']'}"`);
      } else {
        return fail(pos, `expected "," or "${top === '{' ? '}' : ']'}", found ${describeChar(ch)} (missing comma?)`);
      }
    }
  }
}
