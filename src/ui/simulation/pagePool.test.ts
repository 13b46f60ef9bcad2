import { describe, it, expect } from 'vitest';
import { poolSize } from './pagePool';

describe('poolSize', () => {
  it('leaves one hardware thread to the page, with 1 to 8 workers', () => {
    expect(poolSize(4)).toBe(3);
    expect(poolSize(2)).toBe(1);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(32)).toBe(8);
    expect(poolSize(undefined)).toBe(1);
  });
  it('takes a valid override and ignores a bad one', () => {
    expect(poolSize(4, '1')).toBe(1);
    expect(poolSize(4, 'x')).toBe(3);
    expect(poolSize(4, '0')).toBe(3);
  });
});
