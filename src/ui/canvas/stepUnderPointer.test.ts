import { describe, expect, it } from 'vitest';
import { dropTarget } from './stepUnderPointer';

describe('where a dropped connection goes', () => {
  it('goes to the step under the pointer, even when React Flow snapped to another', () => {
    expect(dropTarget('a', 'b', null)).toBe('b');
    expect(dropTarget('a', 'b', 'c')).toBe('b');
  });

  it('goes to the snapped step when the drop is beside every step', () => {
    expect(dropTarget('a', null, 'c')).toBe('c');
    expect(dropTarget('a', null, null)).toBeNull();
  });

  it('never connects a step to itself: a drop back on it cancels', () => {
    expect(dropTarget('a', 'a', 'c')).toBeNull();
    expect(dropTarget('a', null, 'a')).toBeNull();
  });
});
