import { describe, expect, it } from 'vitest';
import { parseDataValue, parseTypedValue } from './runData';

describe('parseDataValue', () => {
  it('reads numbers, booleans and text as typed at the terminal', () => {
    expect(parseDataValue(' 50000 ')).toBe(50000);
    expect(parseDataValue('-1.5e3')).toBe(-1500);
    expect(parseDataValue('true')).toBe(true);
    expect(parseDataValue('false')).toBe(false);
    expect(parseDataValue('"42"')).toBe('42');
    expect(parseDataValue('gold')).toBe('gold');
    expect(parseDataValue('  ')).toBeUndefined();
  });
});

describe('parseTypedValue', () => {
  it('checks an answer against the type its conditions compare it with', () => {
    expect(parseTypedValue('80000', ['number'])).toEqual({ value: 80000 });
    expect(parseTypedValue('很多', ['number'])).toEqual({ wrong: 'run.expectNumber' });
    expect(parseTypedValue('是', ['boolean'])).toEqual({ value: true });
    expect(parseTypedValue('No', ['boolean'])).toEqual({ value: false });
    expect(parseTypedValue('maybe', ['boolean'])).toEqual({ wrong: 'run.expectBoolean' });
    // Text stays text, even when it looks like a number.
    expect(parseTypedValue('42', ['string'])).toEqual({ value: '42' });
    expect(parseTypedValue('"gold"', ['string'])).toEqual({ value: 'gold' });
    expect(parseTypedValue('42', ['number', 'string'])).toEqual({ value: 42 });
    expect(parseTypedValue(' ', ['number'])).toBeUndefined();
  });
});
