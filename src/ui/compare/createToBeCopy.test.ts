import { describe, expect, it } from 'vitest';
import { toBeCopyId } from './createToBeCopy';

describe('toBeCopyId', () => {
  it('names the copy after the as-is and never reuses a stored id', () => {
    expect(toBeCopyId('purchase-approval-as-is', new Set())).toBe('purchase-approval-to-be');
    expect(toBeCopyId('p', new Set(['p-to-be', 'p-to-be-2']))).toBe('p-to-be-3');
  });
});
