import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { simulationRefusal } from './simulationRefusal';

const overloaded = (role: string, u: number) => `${role} at ${Math.round(u * 100)}%`;
const role = gallery.mm1.roles[0]!;

describe('simulationRefusal', () => {
  it('lets a stable process run, without warnings', () => {
    expect(simulationRefusal(gallery.mm1, { cases: 100 }, 'en', overloaded)).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('refuses a process with an error finding, in its words', () => {
    const { problems } = simulationRefusal(
      gallery.deadlockAfterXor,
      { cases: 100 },
      'en',
      overloaded,
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('refuses an overloaded role over an open horizon, in the engine words and language', () => {
    const { problems } = simulationRefusal(
      gallery.mm1,
      { horizon: '10d', overrides: { arrivalRate: 2 } },
      'zh-CN',
      overloaded,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'sim.unstable', path: role.id });
    expect(problems[0]!.message).toContain('负荷');
  });

  it('lets a case-count run go ahead overloaded, with a warning naming the role', () => {
    expect(
      simulationRefusal(
        gallery.mm1,
        { cases: 100, overrides: { arrivalRate: 2 } },
        'en',
        overloaded,
      ),
    ).toEqual({
      problems: [],
      warnings: [`${role.name} at 160%`],
    });
  });

  it('judges the load under the scenario: more people lift the refusal', () => {
    const heavy = { horizon: '10d', overrides: { arrivalRate: 2, capacity: { [role.id]: 2 } } };
    expect(simulationRefusal(gallery.mm1, heavy, 'en', overloaded)).toEqual({
      problems: [],
      warnings: [],
    });
  });
});
