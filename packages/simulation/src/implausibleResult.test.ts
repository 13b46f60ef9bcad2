import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { implausibleResult } from './implausibleResult';
import { runReplicationSync } from './runReplication';
import { validateScenario } from './scenario/validateScenario';

describe('implausibleResult', () => {
  const checked = validateScenario({ cases: 200, replications: 1 });
  if (!checked.ok) throw new Error('scenario');
  const scenario = checked.scenario;

  it('accepts an ordinary run', () => {
    const r = runReplicationSync(gallery.mm1, scenario, 0);
    expect(implausibleResult([r], scenario)).toBeNull();
  });

  it('refuses 0 measured cases when cases were asked for (issue 14: a wrapped capacity)', () => {
    const r = runReplicationSync(gallery.mm1, scenario, 0);
    const wrapped = { ...r, cases: 0 };
    const p = implausibleResult([wrapped], scenario);
    expect(p?.code).toBe('sim.implausible');
    expect(p?.message).toContain('0 measured cases of 200 asked for');
  });

  it('refuses a NaN mean, in Chinese too', () => {
    const r = runReplicationSync(gallery.mm1, scenario, 0);
    const nan = { ...r, cycleTime: { ...r.cycleTime, mean: NaN } };
    expect(implausibleResult([nan], scenario)?.message).toContain('cycle time is NaN');
    expect(implausibleResult([nan], scenario, 'zh-CN')?.message).toContain('不予报告');
  });
});
