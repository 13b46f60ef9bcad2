import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { SCENARIO_LIMITS, validateScenario } from './validateScenario';

// Issue 14: every numeric input of a scenario has a range; beyond it a sentence, never a wrapped
// Int32Array ("0 measured cases") or an uncaught typed-array RangeError ("bins": 1e9).
describe('validateScenario ranges', () => {
  const problems = (input: unknown) => {
    const r = validateScenario(input, { document: gallery.mm1 });
    return r.ok ? [] : r.problems.map((p) => [p.path, p.code, p.message]);
  };
  const role = gallery.mm1.roles[0]!.id;

  it('refuses a capacity override above the format cap (4,294,967,296 wrapped to 0)', () => {
    expect(problems({ overrides: { capacity: { [role]: 4_294_967_296 } } })).toEqual([
      [
        `overrides.capacity.${role}`,
        'scenario.integerRange',
        'must be a whole number from 1 to 10,000',
      ],
    ]);
    expect(problems({ overrides: { capacity: { [role]: SCENARIO_LIMITS.capacity } } })).toEqual([]);
  });

  it('refuses bins, cases, replications and warm-up beyond their limits', () => {
    expect(problems({ bins: 1e9 })).toEqual([
      ['bins', 'scenario.integerRange', 'must be a whole number from 1 to 10,000'],
    ]);
    expect(problems({ cases: 1e8, replications: 1e6, warmup: 2e7 }).map((p) => p[0])).toEqual([
      'cases',
      'replications',
      'warmup',
    ]);
    expect(problems({ cases: 10_000_000, replications: 1_000, bins: 10_000 })).toEqual([]);
  });

  it('refuses an arrival-rate factor above 1,000, in Chinese too', () => {
    expect(problems({ overrides: { arrivalRate: 1e300 } })).toEqual([
      [
        'overrides.arrivalRate',
        'scenario.numberRange',
        'must be a number greater than 0 and at most 1,000',
      ],
    ]);
    const zh = validateScenario({ bins: 1e9 }, { lang: 'zh-CN' });
    expect(zh.ok ? '' : zh.problems[0]!.message).toBe('必须是 1 到 10000 之间的整数');
  });
});
