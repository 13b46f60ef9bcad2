import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { simulationRefusal } from './simulationRefusal';

const overloaded = (role: string, u: number) => `${role} at ${Math.round(u * 100)}%`;

describe('simulationRefusal', () => {
  it('lets a stable process run', () => {
    expect(simulationRefusal(gallery.mm1, { cases: 100 }, 'en', overloaded)).toEqual([]);
  });

  it('refuses a process with an error finding, in its words', () => {
    const problems = simulationRefusal(gallery.deadlockAfterXor, { cases: 100 }, 'en', overloaded);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('refuses an overloaded role, and lifts it when the scenario adds capacity', () => {
    const role = gallery.mm1.roles[0]!;
    const heavy = { cases: 100, overrides: { arrivalRate: 20 } };
    const problems = simulationRefusal(gallery.mm1, heavy, 'en', overloaded);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'overload', path: role.id });
    expect(problems[0]!.message).toContain(role.name);
    expect(
      simulationRefusal(
        gallery.mm1,
        { ...heavy, overrides: { ...heavy.overrides, capacity: { [role.id]: 40 } } },
        'en',
        overloaded,
      ),
    ).toEqual([]);
  });
});
