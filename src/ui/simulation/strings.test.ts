import { describe, it, expect } from 'vitest';
import { simulationStringsEn, simulationStringsZh } from './strings';
import { SUMMARY_METRICS } from './summaryRows';

function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

describe('simulation strings', () => {
  it('exist in English and Chinese alike (plural forms aside), none empty', () => {
    const plain = (ks: string[]) => ks.filter((k) => !/_one$/.test(k)).sort();
    expect(plain(keys(simulationStringsZh))).toEqual(plain(keys(simulationStringsEn)));
    const get = (o: Record<string, unknown>, k: string) =>
      k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
    for (const k of keys(simulationStringsEn)) {
      expect(String(get(simulationStringsEn, k)).trim()).not.toBe('');
      if (!k.endsWith('_one')) expect(String(get(simulationStringsZh, k)).trim()).not.toBe('');
    }
  });

  it('name every figure of the summary table', () => {
    for (const [key] of SUMMARY_METRICS)
      expect(Object.keys(simulationStringsEn.metric)).toContain(key.replace(/\./g, '_'));
  });
});
