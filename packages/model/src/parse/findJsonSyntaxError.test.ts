import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './findJsonSyntaxError';

const acceptsJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => findJsonSyntaxError(text) === undefined),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on broken JSON', () => {
    const broken = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\', '-', '.', 'e'),
      )
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(
        broken,
        (text) => (findJsonSyntaxError(text) === undefined) === acceptsJson(text),
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['{"a":1,}', 7, '}', 'propertyName'],
    ['[1 2]', 3, '2', 'commaOrBracket'],
    ['{"a" 1}', 5, '1', 'colon'],
    ['"abc', 4, undefined, 'closingQuote'],
    ['"a\\qb"', 3, 'q', 'escape'],
    ['-', 1, undefined, 'digit'],
    ['{} x', 3, 'x', 'endOfText'],
    ['nul', 0, 'n', 'value'],
    ['"a\nb"', 2, '\n', 'noControl'],
  ])('%j: at %i found %j, expected %s', (text, offset, found, expected) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, found, expected });
  });

  it('survives deep nesting', () => {
    expect(findJsonSyntaxError('['.repeat(50_000))).toMatchObject({
      offset: 50_000,
      expected: 'value',
    });
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns in characters', () => {
    expect(lineAndColumn('ab\n采购🚀x', 7)).toEqual({ line: 2, column: 4 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
