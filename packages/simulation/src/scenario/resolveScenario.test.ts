import { describe, expect, it } from 'vitest';
import { build, gallery, type ProcessDocument, type TaskStep } from '@flowsmith/model';
import { prepareSimulation } from '../runReplication';
import { resolveScenario } from './resolveScenario';
import { validateScenario } from './validateScenario';

/*
 *   (o) -> review (sets approved, rounds += 1) -> <x> --approved--> (o)
 *                                                  '--default----> (o)
 */
const withSettings: ProcessDocument = {
  ...build.processOf('settings', {
    roles: [build.role('clerk', 2)],
    steps: [
      build.start('start', 10),
      {
        ...(build.task('review', 'clerk', 4) as TaskStep),
        sets: { approved: { choice: { true: 0.8, false: 0.2 } }, rounds: { add: 1 } },
      },
      { ...build.gate('x', 'xor'), name: 'approved?' },
      build.end('yes'),
      build.end('no'),
    ],
    flows: [
      build.flow('start', 'review'),
      build.flow('review', 'x'),
      build.flow('x', 'yes', { condition: 'approved == "true" and amount > 10' }),
      build.flow('x', 'no', { default: true }),
    ],
  }),
  simulation: {
    start: '2025-03-05T08:30',
    attributes: { amount: 100, tier: { choice: { gold: 1, plain: 3 } } },
    priorities: [{ condition: 'tier == "gold"', priority: 2 }],
  },
};

const ok = (input: unknown, document?: ProcessDocument) => {
  const r = validateScenario(input, { document });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.scenario;
};

describe("SIM-SCN-5 the scenario and the document's simulation settings", () => {
  it('SIM-SCN-5 attributes merge per name (the scenario wins), priorities whole, start', () => {
    const s = ok(
      { attributes: { amount: 5 }, priorities: [{ condition: 'amount > 1', priority: 1 }] },
      withSettings,
    );
    expect({ ...s.attributes }).toEqual({ amount: 5, tier: { choice: { gold: 1, plain: 3 } } });
    expect(s.priorities).toEqual([{ condition: 'amount > 1', priority: 1 }]);
    expect(s.start).toBe('2025-03-05T08:30');
    expect(s.startEpoch).toBe(Date.UTC(2025, 2, 5, 8, 30));
    expect(s.weekPhase).toBe(2 * 1440 + 510); // a Wednesday
    const d = ok({}, withSettings);
    expect(d.priorities).toEqual(withSettings.simulation!.priorities);
    expect({ ...d.attributes }).toEqual(withSettings.simulation!.attributes);
    expect(ok({ start: '2024-06-03T00:00:30' }, withSettings).weekPhase).toBe(0.5);
  });

  it('SIM-SCN-5 defaults without settings: 2024-01-01T00:00, a Monday, no rules', () => {
    const s = ok({});
    expect([s.start, s.startEpoch, s.weekPhase, s.priorities]).toEqual([
      '2024-01-01T00:00',
      Date.UTC(2024, 0, 1),
      0,
      [],
    ]);
  });

  it("SIM-SCN-5 resolving again against another document takes that document's settings", () => {
    const s = ok({ attributes: { amount: 5 } }, withSettings);
    const other = resolveScenario(s, gallery.mm1);
    expect({ ...other.attributes }).toEqual({ amount: 5 });
    expect([other.start, other.priorities]).toEqual(['2024-01-01T00:00', []]);
    // prepareSimulation does it too: a scenario resolved without the document still gets its settings.
    const plan = prepareSimulation(withSettings, ok({ replications: 1 }));
    expect(plan.scenario.weekPhase).toBe(2 * 1440 + 510);
    expect(Object.keys(plan.scenario.attributes)).toEqual(['amount', 'tier']);
  });

  it('SIM-SCN-5 validates start, priorities, queue and arrivalRule with JSON paths, in Chinese too', () => {
    const r = validateScenario(
      {
        start: '2024-02-30T09:00',
        priorities: [
          { condition: 'amount >', priority: 1 },
          { condition: 'amount > 1', priority: 'high', colour: 'red' },
          7,
        ],
        overrides: { queue: { clerk: 'lifo', ghost: 'fifo' }, arrivalRule: 'sometimes' },
      },
      { document: withSettings },
    );
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
      ['start', 'scenario.start'],
      ['priorities[0].condition', 'scenario.priorityCondition'],
      ['priorities[1].colour', 'scenario.unknownKey'],
      ['priorities[1].priority', 'scenario.priority'],
      ['priorities[2]', 'scenario.priority'],
      ['overrides.queue.clerk', 'scenario.queue'],
      ['overrides.arrivalRule', 'scenario.arrivalRule'],
      ['overrides.queue.ghost', 'scenario.unknownRole'],
    ]);
    const zh = validateScenario({ start: 'soon' }, { lang: 'zh-CN' });
    expect(zh.ok ? '' : zh.problems[0]!.message).toContain('不是本地日期时间');
    const good = ok(
      { overrides: { queue: { clerk: 'priority' }, arrivalRule: 'wallClock' } },
      withSettings,
    );
    expect(good.overrides).toMatchObject({
      queue: { clerk: 'priority' },
      arrivalRule: 'wallClock',
    });
  });

  it('SIM-DATA names a task sets count as given; priority rules must read given data', () => {
    // `approved` is set by review, `amount` an attribute: the decision has all it reads.
    expect(validateScenario({}, { document: withSettings }).ok).toBe(true);
    // Without the document's amount, the decision reads a set name and a missing one.
    const bare = { ...withSettings, simulation: { priorities: [] } };
    const r = validateScenario({}, { document: bare });
    expect(r.ok ? [] : r.problems.map((p) => [p.path, p.code])).toEqual([
      ['attributes', 'scenario.decisionData'],
    ]);
    const p = validateScenario(
      { priorities: [{ condition: 'rounds > 1 or vip', priority: 1 }] },
      { document: withSettings },
    );
    expect(p.ok ? [] : p.problems.map((x) => [x.path, x.code, x.message])).toEqual([
      [
        'priorities[0].condition',
        'scenario.priorityData',
        'reads "vip", which no case attribute gives and no step sets: every case would get this rule wrong; add them to attributes',
      ],
    ]);
    const doc = validateScenario(
      {},
      {
        document: {
          ...withSettings,
          simulation: {
            ...withSettings.simulation,
            priorities: [{ condition: 'vip', priority: 1 }],
          },
        },
      },
    );
    expect(doc.ok ? '' : doc.problems[0]!.path).toBe('simulation.priorities[0].condition');
  });
});
