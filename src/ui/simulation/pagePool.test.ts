import { describe, it, expect } from 'vitest';
import { poolSize } from './pagePool';

describe('poolSize', () => {
  it('uses one worker per hardware thread, between 1 and 8', () => {
    expect(poolSize(4)).toBe(4);
    expect(poolSize(32)).toBe(8);
    expect(poolSize(undefined)).toBe(2);
    expect(poolSize(0)).toBe(2);
  });
  it('takes a valid override and ignores a bad one', () => {
    expect(poolSize(4, '1')).toBe(1);
    expect(poolSize(4, 'x')).toBe(4);
    expect(poolSize(4, '0')).toBe(4);
  });
});
