/** What the JSON grammar wanted where the text went wrong. */
export type JsonExpectation =
  | 'value'
  | 'propertyName'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'endOfText'
  | 'closingQuote'
  | 'escape'
  | 'digit'
  | 'noControl';

/** The first JSON syntax error of a text: its offset (UTF-16), what was found there and what was expected. */
export interface JsonSyntaxError {
  offset: number;
  /** The character found, or `undefined` when the text ended. */
  found: string | undefined;
  expected: JsonExpectation;
}

const WHITESPACE = ' \t\n\r';
const ESCAPES = '"\\/bfnrt';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isHex = (ch: string | undefined) => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

/**
 * Finds the first syntax error of `text` as JSON (RFC 8259), or `undefined` when it is valid.
 * Engines word and place their `JSON.parse` errors differently (V8 sometimes gives no position);
 * this scanner gives one answer everywhere. Iterative, so deep nesting cannot overflow the stack.
 * Pure.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: Array<'{' | '['> = [];
  let i = 0;
  let state: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  const fail = (expected: JsonExpectation, at = i): JsonSyntaxError => ({
    offset: at,
    found: at < n ? String.fromCodePoint(text.codePointAt(at)!) : undefined,
    expected,
  });

  const scanString = (): JsonSyntaxError | undefined => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) return fail('closingQuote');
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch.charCodeAt(0) < 0x20) return fail('noControl');
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          for (let k = 2; k < 6; k++) if (!isHex(text[i + k])) return fail('escape', i + k);
          i += 6;
        } else if (next !== undefined && ESCAPES.includes(next)) i += 2;
        else return fail('escape', i + 1);
      } else i++;
    }
  };

  const scanNumber = (): JsonSyntaxError | undefined => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return fail('digit');
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) return fail('digit');
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) return fail('digit');
      while (isDigit(text[i])) i++;
    }
    return undefined;
  };

  for (;;) {
    while (i < n && WHITESPACE.includes(text[i]!)) i++;
    const ch = text[i];
    if (state === 'value' || state === 'firstValue') {
      if (state === 'firstValue' && ch === ']') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i++;
        state = ch === '{' ? 'firstKey' : 'firstValue';
        continue;
      }
      const error =
        ch === '"' ? scanString() : ch === '-' || isDigit(ch) ? scanNumber() : scanLiteral();
      if (error) return error;
      state = 'after';
      continue;
    }
    if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && ch === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      if (ch !== '"') return fail('propertyName');
      const error = scanString();
      if (error) return error;
      while (i < n && WHITESPACE.includes(text[i]!)) i++;
      if (text[i] !== ':') return fail('colon');
      i++;
      state = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i >= n ? undefined : fail('endOfText');
    if (ch === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if (ch === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
    } else return fail(top === '{' ? 'commaOrBrace' : 'commaOrBracket');
  }

  function scanLiteral(): JsonSyntaxError | undefined {
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return undefined;
      }
    }
    return fail('value');
  }
}

/** The 1-based line and column (in characters, so `采购` is two columns) of a UTF-16 offset. Pure. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}
