import { describe, expect, it } from 'vitest';
import { parseProcess } from '../parse/parseProcess';
import { simulationDocument } from '../parse/simulationFixtures';
import type { ProcessDocument } from '../types/process';
import type { CommandCall } from './commandRegistry';
import { executeCommand } from './executeCommand';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

function base(): ProcessDocument {
  const r = parseProcess(simulationDocument());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.document;
}

/** Runs `call` (undo/redo checked) and requires the result to parse: commands keep documents valid. */
function run(call: CommandCall, doc = base()): ProcessDocument {
  const { document } = expectRoundTrip(doc, call);
  const reparsed = parseProcess(JSON.parse(JSON.stringify(document)));
  expect(reparsed.ok ? [] : reparsed.problems).toEqual([]);
  return document;
}

function refusalMessage(call: CommandCall, doc = base()): string {
  const r = executeCommand(doc, call);
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal.message;
}

describe('commands on the simulation fields', () => {
  it('role.update sets and clears members and queue', () => {
    const members = [
      {
        id: 'cy',
        calendar: 'tuesday',
        durations: { work: { dist: 'exponential' as const, mean: 3 } },
      },
    ];
    const doc = run({
      id: 'role.update',
      params: { id: 'manager', changes: { members, queue: 'fifo' } },
    });
    expect(doc.roles[1]).toMatchObject({ members, queue: 'fifo' });
    const cleared = run({
      id: 'role.update',
      params: { id: 'clerk', changes: { members: null, queue: null, capacity: 2 } },
    });
    expect(cleared.roles[0]).toEqual({ id: 'clerk', name: 'Clerk', capacity: 2 });
  });

  it('role.update refuses what the parser refuses, naming the path', () => {
    const update = (changes: object): CommandCall => ({
      id: 'role.update',
      params: { id: 'clerk', changes },
    });
    expect(
      refusalMessage(
        update({
          members: [
            { id: 'ann', speed: 1.25, calendar: 'office', name: 'Ann', durations: { work: 4 } },
            { id: 'bob', speed: 0 },
          ],
        }),
      ),
    ).toBe('"clerk": members[1].speed: must be greater than 0, not 0.');
    expect(refusalMessage(update({ members: [{ id: 'bob', calendar: 'nights' }] }))).toBe(
      '"clerk": members[0].calendar: no calendar with id "nights".',
    );
    expect(refusalMessage(update({ members: [{ id: 'bob', durations: { split: 2 } }] }))).toBe(
      '"clerk": members[0].durations.split: step "split" is not a task; only tasks have durations per person.',
    );
    // capacity follows members when the change does not mention it
    expect(run(update({ members: [{ id: 'bob' }] })).roles[0]!.capacity).toBe(1);
    expect(refusalMessage(update({ capacity: 5 }))).toBe(
      '"clerk": capacity: capacity (5) must equal the number of members (2), or be left out.',
    );
    expectRefusal(base(), update({ queue: 'lifo' }), 'value.problem', 'queue');
    // ann is also a manager, with speed 1.25: a new first listing cannot say otherwise
    expect(refusalMessage(update({ members: [{ id: 'ann', speed: 2 }] }))).toBe(
      '"clerk": roles[1].members[0].speed: member "ann" is the same person as at roles[0].members[0], whose "speed" differs; write it the same or leave it out.',
    );
  });

  it('step.update sets and clears batch and sets; refuses a batch that never fires', () => {
    const doc = run({
      id: 'step.update',
      params: {
        id: 'b',
        changes: { batch: { schedule: 'tuesday' }, sets: { approved: false, rounds: { add: 2 } } },
      },
    });
    expect(doc.steps[4]).toMatchObject({
      batch: { schedule: 'tuesday' },
      sets: { approved: false, rounds: { add: 2 } },
    });
    const cleared = run({
      id: 'step.update',
      params: { id: 'work', changes: { batch: null, sets: null } },
    });
    expect(cleared.steps[1]).not.toHaveProperty('batch');
    expect(cleared.steps[1]).not.toHaveProperty('sets');
    expect(
      refusalMessage({
        id: 'step.update',
        params: { id: 'b', changes: { batch: { perCase: 1 } } },
      }),
    ).toBe(
      '"b": batch: a batch needs at least one of "size" (2 or more), "window" and "schedule".',
    );
    expectRefusal(
      base(),
      { id: 'step.update', params: { id: 'b', changes: { sets: { 'two words': 1 } } } },
      'value.problem',
    );
  });

  it('step.update sets and clears terminate, and the arrival rule and profile', () => {
    expect(
      run({ id: 'step.update', params: { id: 'end', changes: { terminate: true } } }).steps[6],
    ).toMatchObject({ terminate: true });
    expect(
      run({ id: 'step.update', params: { id: 'stop', changes: { terminate: null } } }).steps[7],
    ).not.toHaveProperty('terminate');
    const arrival = {
      rate: { count: 30, per: 'day' as const },
      calendar: 'office',
      rule: 'openTime' as const,
      profile: { days: [1, 2, 0, 0, 0, 0, 0] },
    };
    expect(
      run({ id: 'step.update', params: { id: 'start', changes: { arrival } } }).steps[0],
    ).toMatchObject({ arrival });
    expect(
      refusalMessage({
        id: 'step.update',
        params: {
          id: 'start',
          changes: { arrival: { ...arrival, profile: { days: [0, 0, 1, 1, 1, 1, 1] } } },
        },
      }),
    ).toBe(
      '"start": arrival.profile: the profile gives every open hour of calendar "office" a weight of 0; no case would ever arrive.',
    );
  });

  it('process.update sets and clears the simulation settings', () => {
    const simulation = {
      start: '2026-01-05T07:30:15',
      priorities: [{ condition: 'urgent', priority: 3 }],
    };
    expect(run({ id: 'process.update', params: { changes: { simulation } } }).simulation).toEqual(
      simulation,
    );
    expect(
      run({ id: 'process.update', params: { changes: { simulation: null } } }),
    ).not.toHaveProperty('simulation');
    expect(
      refusalMessage({
        id: 'process.update',
        params: { changes: { simulation: { start: '2026-13-01T00:00' } } },
      }),
    ).toBe(
      '"doc": simulation.start: "2026-13-01T00:00" is not a local date and time written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS.',
    );
  });

  it('step.add adds an or; step.update switches xor and or; or flows need a probability above 0', () => {
    const doc = run({
      id: 'step.add',
      params: { step: { id: 'g', type: 'or', name: 'Inclusive' } },
    });
    expect(doc.steps.at(-1)).toEqual({ id: 'g', type: 'or', name: 'Inclusive' });
    expect(
      run({ id: 'step.update', params: { id: 'split', changes: { type: 'xor' } } }).steps[2]!.type,
    ).toBe('xor');
    expectRefusal(
      base(),
      { id: 'flow.update', params: { id: 'f3', changes: { probability: 0 } } },
      'flow.orProbability',
    );
    const xorWithZero = run({
      id: 'step.update',
      params: { id: 'split', changes: { type: 'xor' } },
    });
    const zero = run(
      { id: 'flow.update', params: { id: 'f4', changes: { probability: 0 } } },
      xorWithZero,
    );
    expectRefusal(
      zero,
      { id: 'step.update', params: { id: 'split', changes: { type: 'or' } } },
      'flow.orProbability',
    );
  });

  it("steps.remove drops the removed task from members' durations; calendar.remove keeps member calendars", () => {
    const doc = run({ id: 'steps.remove', params: { ids: ['work'] } });
    expect(doc.roles[0]!.members![0]).not.toHaveProperty('durations');
    expectRefusal(
      base(),
      { id: 'calendar.remove', params: { id: 'office' } },
      'calendar.inUse',
      'clerk',
    );
    expectRefusal(
      base(),
      { id: 'calendar.remove', params: { id: 'tuesday' } },
      'calendar.inUse',
      'work',
    );
  });

  it('elements.add pastes roles with members and tasks with batches that name each other', () => {
    const doc = run({
      id: 'elements.add',
      params: {
        roles: [
          {
            id: 'typist',
            name: 'Typist',
            members: [{ id: 'dee', durations: { type: { dist: 'fixed', value: 3 } } }],
          },
        ],
        steps: [{ id: 'type', type: 'task', name: 'Type', role: 'typist', batch: { size: 3 } }],
      },
    });
    expect(doc.roles.at(-1)!.members![0]!.durations).toHaveProperty('type');
  });

  it('calendar.update refuses hours that would close an arrival profile', () => {
    const week = [{ days: ['mon' as const], from: '18:00', to: '20:00' }];
    expect(
      refusalMessage({ id: 'calendar.update', params: { id: 'office', changes: { week } } }),
    ).toBe(
      '"office": steps[0].arrival.profile: the profile gives every open hour of calendar "office" a weight of 0; no case would ever arrive.',
    );
    const seconds = [{ days: ['mon' as const], from: '09:00:30', to: '17:00:00' }];
    expect(
      run({ id: 'calendar.update', params: { id: 'office', changes: { week: seconds } } })
        .calendars![0]!.week,
    ).toEqual(seconds);
  });

  it('step.update reads durations as the parser does: kinds, shift and bounds', () => {
    const duration = { dist: 'exponential' as const, mean: 1, bounds: { min: 10 } };
    expect(refusalMessage({ id: 'step.update', params: { id: 'a', changes: { duration } } })).toBe(
      '"a": duration.bounds: the bounds keep only 0.0045 % of the distribution (at least 0.1 % is needed); widen them.',
    );
    const gamma = { dist: 'gamma' as const, shape: 0.7, scale: 3, shift: 2, bounds: { max: 30 } };
    expect(
      run({ id: 'step.update', params: { id: 'a', changes: { duration: gamma } } }).steps[3],
    ).toMatchObject({ duration: gamma });
  });
});
