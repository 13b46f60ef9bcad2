import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument, type Role, type Step } from '@flowsmith/model';
import { applyProsimos } from './applyProsimos';

const { processOf, start, end, task, gate, flow, chain } = build;

/** start → a → g (xor) → b | c → end, with a timer t after c; no roles, no durations. */
const doc: ProcessDocument = processOf('p', {
  steps: [
    start(),
    task('a', undefined),
    gate('g', 'xor'),
    task('b', undefined),
    task('c', undefined),
    { id: 't', type: 'timer', name: 't' },
    end(),
  ],
  flows: [
    ...chain('start', 'a', 'g'),
    flow('g', 'b'),
    flow('g', 'c'),
    flow('b', 'end'),
    ...chain('c', 't', 'end'),
  ],
});

const v = (...values: number[]) => values.map((value) => ({ value }));
const always = [
  { from: 'MONDAY', to: 'SUNDAY', beginTime: '00:00:00.000', endTime: '23:59:59.999' },
];

function params(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resource_profiles: [
      {
        id: 'clerks',
        name: 'Clerks',
        resource_list: [
          {
            id: 'ann',
            name: 'Ann',
            cost_per_hour: 30,
            amount: 1,
            calendar: 'day',
            assignedTasks: ['a', 'b'],
          },
          {
            id: 'bob',
            name: 'Bob',
            cost_per_hour: 40,
            amount: 1,
            calendar: 'late',
            assignedTasks: ['a'],
          },
        ],
      },
      {
        id: 'bots',
        name: 'Bots',
        resource_list: [{ id: 'bot', name: 'bot', cost_per_hour: 0, amount: 2, calendar: 'day' }],
      },
    ],
    resource_calendars: [
      {
        id: 'day',
        name: 'day',
        time_periods: [
          { from: 'MONDAY', to: 'FRIDAY', beginTime: '09:00:00', endTime: '17:30:15.000' },
        ],
      },
      {
        id: 'late',
        name: 'late shift',
        time_periods: [
          { from: 'FRIDAY', to: 'MONDAY', beginTime: '22:00:00', endTime: '06:00:00' },
        ],
      },
    ],
    arrival_time_distribution: { distribution_name: 'expon', distribution_params: v(600, 0, 1e9) },
    arrival_time_calendar: always,
    task_resource_distribution: [
      {
        task_id: 'a',
        resources: [
          {
            resource_id: 'ann',
            distribution_name: 'lognorm',
            distribution_params: v(1040, 184900, 0, 1e9),
          },
          {
            resource_id: 'bob',
            distribution_name: 'gamma',
            distribution_params: v(1200, 360000, 0, 3000),
          },
        ],
      },
      {
        task_id: 'b',
        resources: [
          {
            resource_id: 'ann',
            distribution_name: 'expon',
            distribution_params: v(900, 150, 1500),
          },
        ],
      },
      {
        task_id: 'c',
        resources: [
          {
            resource_id: 'bot',
            distribution_name: 'norm',
            distribution_params: v(60, 10, 30, 1e9),
          },
        ],
      },
    ],
    gateway_branching_probabilities: [
      { gateway_id: 'g', probabilities: [{ path_id: 'g-b', value: 0.25 }, { path_id: 'g-c' }] },
    ],
    event_distribution: [
      { event_id: 't', distribution_name: 'uniform', distribution_params: v(60, 120) },
    ],
    ...extra,
  };
}

function applied(extra: Record<string, unknown> = {}) {
  const r = applyProsimos([doc], params(extra));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const d = r.documents[0]!;
  const step = (id: string) => d.steps.find((s) => s.id === id) as Step & Record<string, unknown>;
  const role = (id: string) => d.roles.find((x) => x.id === id) as Role;
  return { d, step, role, warnings: r.warnings };
}

describe('applyProsimos', () => {
  it('makes each pool a role with its people, their calendars and costs, seconds kept', () => {
    const { role, d } = applied();
    expect(role('clerks')).toEqual({
      id: 'clerks',
      name: 'Clerks',
      members: [
        { id: 'ann', name: 'Ann', calendar: 'day', costPerHour: 30, durations: undefined },
        {
          id: 'bob',
          name: 'Bob',
          calendar: 'late',
          costPerHour: 40,
          durations: expect.any(Object),
        },
      ].map(({ durations, ...m }) => (durations ? { ...m, durations } : m)),
    });
    // A resource with amount 2 is two people, named as Prosimos names them.
    expect(role('bots')).toEqual({
      id: 'bots',
      name: 'Bots',
      calendar: 'day',
      members: [{ id: 'bot_0' }, { id: 'bot_1' }],
    });
    expect(d.calendars).toEqual([
      {
        id: 'day',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:30:15' }],
      },
      {
        id: 'late',
        name: 'late shift',
        week: [
          { days: ['fri', 'sat', 'sun', 'mon'], from: '22:00', to: '24:00' },
          { days: ['sat', 'sun', 'mon', 'tue'], from: '00:00', to: '06:00' },
        ],
      },
    ]);
  });

  it("gives a task its people's common duration and a person who differs their own", () => {
    const { step, role } = applied();
    expect(step('a')).toMatchObject({
      role: 'clerks',
      duration: { dist: 'lognormal', mean: 1040, sd: 430, unit: 's' },
    });
    expect(role('clerks').members![1]!.durations).toEqual({
      a: { dist: 'gamma', shape: 4, scale: 300, unit: 's', bounds: { max: 3000 } },
    });
  });

  it('gives a task only some of a pool may do a role of those people (the same persons)', () => {
    const { step, role } = applied();
    expect(step('b')).toMatchObject({ role: 'clerks-b' });
    expect(role('clerks-b')).toMatchObject({
      name: 'Ann',
      members: [{ id: 'ann', calendar: 'day', costPerHour: 30 }],
    });
  });

  it('maps pix-framework distributions: expon [mean, min, max] shifts by min, norm keeps bounds', () => {
    const { step } = applied();
    expect(step('b').duration).toEqual({
      dist: 'exponential',
      mean: 750,
      unit: 's',
      shift: 150,
      bounds: { max: 1500 },
    });
    expect(step('c').duration).toEqual({
      dist: 'normal',
      mean: 60,
      sd: 10,
      unit: 's',
      bounds: { min: 30 },
    });
    expect(step('t').duration).toEqual({ dist: 'uniform', min: 60, max: 120, unit: 's' });
  });

  it('sets arrivals (no calendar when 24/7) and branch probabilities, sharing out a missing one', () => {
    const { step, d } = applied();
    expect(step('start').arrival).toEqual({
      interarrival: { dist: 'exponential', mean: 600, unit: 's' },
    });
    expect(d.flows.find((f) => f.id === 'g-b')!.probability).toBe(0.25);
    expect(d.flows.find((f) => f.id === 'g-c')!.probability).toBe(0.75);
  });

  it("reads an arrival calendar's 23:59:59.999 as 24:00, with wall-clock arrivals", () => {
    const { step, d } = applied({
      arrival_time_calendar: [
        { from: 'SATURDAY', to: 'SUNDAY', beginTime: '08:00:00.000', endTime: '23:59:59.999' },
      ],
    });
    expect(step('start').arrival).toMatchObject({ calendar: 'arrival', rule: 'wallClock' });
    expect(d.calendars!.find((c) => c.id === 'arrival')!.week).toEqual([
      { days: ['sat', 'sun'], from: '08:00', to: '24:00' },
    ]);
  });

  it('reads batches, case attributes and priorities, and warns about what has no equivalent', () => {
    const { step, d, warnings } = applied({
      batch_processing: [
        {
          task_id: 'c',
          type: 'Parallel',
          size_distrib: [],
          duration_distrib: [{ key: '3', value: 2 }],
          firing_rules: [
            [{ attribute: 'size', comparison: '>=', value: 5 }],
            [
              { attribute: 'week_day', comparison: '=', value: 'Friday' },
              { attribute: 'daily_hour', comparison: '>=', value: '16' },
            ],
            [{ attribute: 'ready_wt', comparison: '>', value: 3600 }],
          ],
        },
      ],
      case_attributes: [
        {
          name: 'tier',
          type: 'discrete',
          values: [
            { key: 'gold', value: 0.2 },
            { key: 'std', value: 0.8 },
          ],
        },
        {
          name: 'amount',
          type: 'continuous',
          values: { distribution_name: 'norm', distribution_params: v(5000, 1000, 0, 1e9) },
        },
      ],
      prioritisation_rules: [
        {
          priority_level: 2,
          rules: [[{ attribute: 'amount', comparison: 'in', value: [10000, 'inf'] }]],
        },
        { priority_level: 1, rules: [[{ attribute: 'tier', comparison: '=', value: 'gold' }]] },
      ],
      multitask: {},
    });
    const withExtra = params();
    (withExtra.resource_profiles as Array<Record<string, unknown>>)[0]!.fixed_cost_fn = '2';
    const extra = applyProsimos([doc], withExtra);
    expect(extra.ok && extra.warnings.map((w) => [w.elementId, w.message])).toEqual([
      [
        'clerks',
        'Prosimos: "fixed_cost_fn" of "clerks" cannot be expressed in Flowsmith and was left out.',
      ],
    ]);
    expect(step('c').batch).toEqual({ size: 5, perCase: 0.5, schedule: 'c-batch' });
    expect(d.calendars!.find((c) => c.id === 'c-batch')!.week).toEqual([
      { days: ['fri'], from: '16:00', to: '16:01' },
    ]);
    expect(d.simulation).toEqual({
      attributes: {
        tier: { choice: { gold: 0.2, std: 0.8 } },
        amount: { dist: 'normal', mean: 5000, sd: 1000 },
      },
      priorities: [
        { condition: 'tier == "gold"', priority: 2 },
        { condition: 'amount >= 10000', priority: 1 },
      ],
    });
    expect(warnings.map((w) => [w.code, w.elementId])).toEqual([
      ['simulation-left-out', 'multitask'],
      ['simulation-left-out', 'c'],
    ]);
    expect(warnings[1]!.message).toContain('ready_wt');
  });

  it('warns, naming the id, about elements the model does not have', () => {
    const r = applyProsimos(
      [doc],
      params({ gateway_branching_probabilities: [{ gateway_id: 'nope', probabilities: [] }] }),
      { lang: 'zh-CN' },
    );
    expect(r.ok && r.warnings.map((w) => [w.code, w.elementId])).toEqual([
      ['simulation-unknown-element', 'nope'],
    ]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/不存在/);
  });

  it('refuses a file of the wrong shape with every problem and its JSON path', () => {
    const bad = params();
    (
      bad.task_resource_distribution as Array<{ resources: Array<Record<string, unknown>> }>
    )[1]!.resources[0]!.resource_id = 'carl';
    (
      bad.task_resource_distribution as Array<{ resources: Array<Record<string, unknown>> }>
    )[2]!.resources[0]!.distribution_params = [60, 10];
    bad.arrival_time_distribution = { distribution_name: 'weibull', distribution_params: [] };
    const r = applyProsimos([doc], bad);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.path)).toEqual([
      'task_resource_distribution[1].resources[0].resource_id',
      'task_resource_distribution[2].resources[0].distribution_params',
      'arrival_time_distribution.distribution_name',
    ]);
    expect(applyProsimos([doc], '{ nope').ok).toBe(false);
  });

  it('refuses parameters that give a duration nobody can simulate, at their own JSON path', () => {
    const bad = params({
      arrival_time_distribution: { distribution_name: 'expon', distribution_params: v(-5, 0, 1e9) },
    });
    const r = applyProsimos([doc], bad);
    expect(!r.ok && r.problems.map((p) => [p.path, p.message])).toEqual([
      [
        'arrival_time_distribution.distribution_params',
        'these parameters give a duration that cannot be simulated (exponential mean: must be greater than 0, not -5); correct them',
      ],
    ]);
    const zh = applyProsimos([doc], bad, { lang: 'zh-CN' });
    expect(!zh.ok && zh.problems[0]!.message).toMatch(
      /^这些参数给出的时长无法仿真（exponential mean: /,
    );
  });

  it('does not change the documents it is given', () => {
    const before = JSON.stringify(doc);
    applied();
    expect(JSON.stringify(doc)).toBe(before);
  });
});
