import { describe, expect, it } from 'vitest';
import { parseDataValue } from './runData';

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
