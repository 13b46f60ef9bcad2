import { describe, expect, it } from 'vitest';
import { analysisStringsEn, analysisStringsZh } from './strings';

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

describe('analysis strings', () => {
  it('exist in English and Chinese alike, none empty', () => {
    expect(keys(analysisStringsZh).sort()).toEqual(keys(analysisStringsEn).sort());
    const get = (o: Record<string, unknown>, k: string) =>
      k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
    for (const k of keys(analysisStringsEn)) {
      expect(String(get(analysisStringsEn, k)).trim()).not.toBe('');
      expect(String(get(analysisStringsZh, k)).trim()).not.toBe('');
    }
  });
  it('name every kind of finding the analysis reports', async () => {
    const { rules } = await import('@flowsmith/analysis');
    const named = Object.keys(analysisStringsEn.kind);
    for (const rule of rules) for (const kind of rule.kinds) expect(named).toContain(kind);
  });
});
