import { describe, expect, it } from 'vitest';
import { runStringsEn, runStringsZh } from './strings';

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

describe('run strings', () => {
  it('exist in English and Chinese alike, none empty, with the same placeholders', () => {
    expect(keys(runStringsZh).sort()).toEqual(keys(runStringsEn).sort());
    const get = (o: Record<string, unknown>, k: string) =>
      String(k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o));
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of keys(runStringsEn)) {
      expect(get(runStringsEn, k).trim()).not.toBe('');
      expect(holes(get(runStringsZh, k))).toEqual(holes(get(runStringsEn, k)));
    }
  });
});
