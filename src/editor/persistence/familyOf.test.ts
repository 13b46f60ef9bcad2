import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from './documentDb';
import { familyOf } from './familyOf';

const doc = (key: string, documentId: string, derivedFrom?: string): DocumentSummary => ({
  key,
  name: key,
  documentId,
  stepCount: 3,
  updatedAt: 0,
  revision: 1,
  ...(derivedFrom ? { derivedFrom } : {}),
});

describe('familyOf', () => {
  it('lists variants under their as-is, and others on their own', () => {
    const f = familyOf([
      doc('a', 'p'),
      doc('c', 'p-2', 'p'),
      doc('b', 'p-1', 'p'),
      doc('x', 'q'),
      doc('o', 'o', 'gone'),
    ]);
    expect(f.map((x) => [x.asIs.key, x.variants.map((v) => v.key)])).toEqual([
      ['a', ['b', 'c']],
      ['x', []],
      ['o', []],
    ]);
  });

  it('a document derived from itself is not its own variant', () => {
    expect(familyOf([doc('a', 'p', 'p')])).toEqual([{ asIs: doc('a', 'p', 'p'), variants: [] }]);
  });
});
