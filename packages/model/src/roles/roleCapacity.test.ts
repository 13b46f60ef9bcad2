import { describe, expect, it } from 'vitest';
import { roleCapacity } from './roleCapacity';

describe('roleCapacity', () => {
  it('counts members, else the capacity, else 1', () => {
    expect(roleCapacity({ members: [{ id: 'a' }, { id: 'b' }] })).toBe(2);
    expect(roleCapacity({ capacity: 3 })).toBe(3);
    expect(roleCapacity({})).toBe(1);
  });
});
