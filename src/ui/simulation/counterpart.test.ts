import { describe, it, expect } from 'vitest';
import type { DocumentSummary } from '../../editor/persistence/documentDb';
import { counterpart, openIsToBe } from './counterpart';

const summary = (key: string, documentId: string, derivedFrom?: string): DocumentSummary => ({
  key,
  name: documentId,
  documentId,
  ...(derivedFrom ? { derivedFrom } : {}),
  stepCount: 3,
  updatedAt: 0,
  revision: 1,
});
const list = [summary('k1', 'asis'), summary('k2', 'tobe', 'asis'), summary('k3', 'other')];

describe('counterpart', () => {
  it('finds the as-is of an open to-be, and the to-be of an open as-is', () => {
    expect(counterpart(list, 'k2', 'tobe', 'asis')?.key).toBe('k1');
    expect(counterpart(list, 'k1', 'asis')?.key).toBe('k2');
  });
  it('finds nothing for an unrelated process, and never the open record itself', () => {
    expect(counterpart(list, 'k3', 'other')).toBeUndefined();
    expect(counterpart([summary('k1', 'x', 'x')], 'k1', 'x', 'x')).toBeUndefined();
  });
  it('tells whether the open document is the to-be', () => {
    expect(openIsToBe('asis', list[0]!)).toBe(true);
    expect(openIsToBe(undefined, list[1]!)).toBe(false);
  });
});
