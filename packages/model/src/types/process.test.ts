import { describe, expect, expectTypeOf, it } from 'vitest';
import { TOP_LEVEL_KEYS, type ProcessDocument } from './process';

describe('TOP_LEVEL_KEYS', () => {
  it('lists every top-level key of a process document exactly once', () => {
    // A compile error here (tsc -b) means ProcessDocument and the list have drifted apart.
    expectTypeOf<(typeof TOP_LEVEL_KEYS)[number]>().toEqualTypeOf<keyof ProcessDocument>();
    expect(new Set(TOP_LEVEL_KEYS).size).toBe(TOP_LEVEL_KEYS.length);
  });

  it('starts with the format marker and puts the collections in FORMAT.md order', () => {
    expect(TOP_LEVEL_KEYS.slice(0, 2)).toEqual(['format', 'version']);
    const collections = ['roles', 'calendars', 'data', 'steps', 'flows', 'risks', 'kpis'];
    expect(TOP_LEVEL_KEYS.filter((k) => collections.includes(k))).toEqual(collections);
  });
});
