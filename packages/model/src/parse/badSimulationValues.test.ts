import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { simulationDocument } from './simulationFixtures';

type Doc = ReturnType<typeof simulationDocument>;
type Obj = Record<string, unknown>;
const work = (d: Doc) => d.steps[1] as Obj;
const arrival = (d: Doc) => (d.steps[0] as Obj).arrival as Obj;
const ann = (d: Doc) => (d.roles[0]!.members as Obj[])[0]!;
const sim = (d: Doc) => d.simulation as Obj;

/**
 * One rule of the simulation fields each: how to break the simulation document, and the one
 * problem that must be told (path, code, English sentence).
 */
const catalogue: Array<
  [rule: string, breakIt: (d: Doc) => void, path: string, code: string, message: string]
> = [
  [
    'gamma shape positive',
    (d) => (work(d).duration = { dist: 'gamma', shape: 0, scale: 2 }),
    'steps[1].duration.shape',
    'number.positive',
    'must be greater than 0, not 0',
  ],
  [
    'empirical values not empty',
    (d) => (work(d).duration = { dist: 'empirical', values: [] }),
    'steps[1].duration.values',
    'list.empty',
    'must not be empty',
  ],
  [
    'empirical weights one per value',
    (d) => (work(d).duration = { dist: 'empirical', values: [1, 2], weights: [1] }),
    'steps[1].duration.weights',
    'weights.length',
    'needs 2 weights, not 1',
  ],
  [
    'empirical weights not all 0',
    (d) => (work(d).duration = { dist: 'empirical', values: [1, 2], weights: [0, 0] }),
    'steps[1].duration.weights',
    'weights.allZero',
    'at least one weight must be greater than 0',
  ],
  [
    'empirical values numbers',
    (d) => (work(d).duration = { dist: 'empirical', values: [1, '2'] }),
    'steps[1].duration.values[1]',
    'field.type',
    'expected a number, got a string',
  ],
  [
    'histogram bin from < to',
    (d) => (work(d).duration = { dist: 'histogram', bins: [{ from: 5, to: 5, weight: 1 }] }),
    'steps[1].duration.bins[0].from',
    'bin.order',
    '"from" (5) must be less than "to" (5)',
  ],
  [
    'histogram weight not negative',
    (d) => (work(d).duration = { dist: 'histogram', bins: [{ from: 0, to: 5, weight: -1 }] }),
    'steps[1].duration.bins[0].weight',
    'number.nonNegative',
    'must be 0 or more, not -1',
  ],
  [
    'no negative draws after shift',
    (d) => (work(d).duration = { dist: 'uniform', min: 1, max: 5, shift: -2 }),
    'steps[1].duration.shift',
    'distribution.negativeDraws',
    'draws can be negative (as low as -1 after "shift"); a time cannot be: raise "shift" or set "bounds.min"',
  ],
  [
    'bounds min <= max',
    (d) => (work(d).duration = { dist: 'exponential', mean: 5, bounds: { min: 9, max: 3 } }),
    'steps[1].duration.bounds.min',
    'distribution.minAboveMax',
    'min (9) is greater than max (3)',
  ],
  [
    'bounds meet the support',
    (d) => (work(d).duration = { dist: 'uniform', min: 1, max: 5, shift: 1, bounds: { min: 7 } }),
    'steps[1].duration.bounds',
    'bounds.outside',
    'the bounds leave out every value the distribution can take (it lies between 2 and 6)',
  ],
  [
    'bounds touching a continuous range only at its end keep nothing',
    (d) => (work(d).duration = { dist: 'uniform', min: 0, max: 5, bounds: { min: 5 } }),
    'steps[1].duration.bounds',
    'bounds.outside',
    'the bounds leave out every value the distribution can take (it lies between 0 and 5)',
  ],
  [
    'bounds keep 0.1 % of the draws',
    (d) => (work(d).duration = { dist: 'exponential', mean: 1, bounds: { min: 10 } }),
    'steps[1].duration.bounds',
    'bounds.mass',
    'the bounds keep only 0.0045 % of the distribution (at least 0.1 % is needed); widen them',
  ],
  [
    'bounds fields known',
    (d) => (work(d).duration = { dist: 'exponential', mean: 1, bounds: { low: 1 } }),
    'steps[1].duration.bounds.low',
    'field.unknown',
    'unknown field "low" in distribution bounds',
  ],
  [
    'members ids unique in a role',
    (d) => (d.roles[0]!.members as Obj[]).push({ id: 'ann' }),
    'roles[0].members[2].id',
    'member.duplicate',
    'member "ann" is already listed in this role at roles[0].members[0]',
  ],
  [
    'a shared member repeats its first listing',
    (d) => ((d.roles[1]!.members as Obj[])[0]!.speed = 2),
    'roles[1].members[0].speed',
    'member.contradicts',
    'member "ann" is the same person as at roles[0].members[0], whose "speed" differs; write it the same or leave it out',
  ],
  [
    'member calendar exists',
    (d) => (ann(d).calendar = 'nights'),
    'roles[0].members[0].calendar',
    'reference.missing',
    'no calendar with id "nights"',
  ],
  [
    'member durations name steps',
    (d) => (ann(d).durations = { wrok: 4 }),
    'roles[0].members[0].durations.wrok',
    'reference.missing',
    'no step with id "wrok"',
  ],
  [
    'member durations name tasks',
    (d) => (ann(d).durations = { split: 4 }),
    'roles[0].members[0].durations.split',
    'member.durationNotTask',
    'step "split" is not a task; only tasks have durations per person',
  ],
  [
    'member speed positive',
    (d) => (ann(d).speed = 0),
    'roles[0].members[0].speed',
    'number.positive',
    'must be greater than 0, not 0',
  ],
  [
    'capacity equals members',
    (d) => (d.roles[0]!.capacity = 3),
    'roles[0].capacity',
    'capacity.members',
    'capacity (3) must equal the number of members (2), or be left out',
  ],
  [
    'members not empty',
    (d) => (d.roles[1]!.members = []),
    'roles[1].members',
    'list.empty',
    'must not be empty',
  ],
  [
    'queue known',
    (d) => (d.roles[0]!.queue = 'lifo'),
    'roles[0].queue',
    'field.enum',
    '"lifo" is not one of "fifo", "priority", "dueDate"; did you mean "fifo"?',
  ],
  [
    'calendar seconds in range',
    (d) => ((d.calendars as Obj[])[0]!.week = [{ days: ['mon'], from: '09:00:60', to: '17:00' }]),
    'calendars[0].week[0].from',
    'time.syntax',
    '"09:00:60" is not a time of day written HH:MM or HH:MM:SS (00:00 to 24:00)',
  ],
  [
    'arrival rule known',
    (d) => (arrival(d).rule = 'clock'),
    'steps[0].arrival.rule',
    'field.enum',
    '"clock" is not one of "openTime", "wallClock"',
  ],
  [
    'profile 24 hours',
    (d) => (arrival(d).profile = { hours: [1, 2] }),
    'steps[0].arrival.profile.hours',
    'weights.length',
    'needs 24 weights, not 2',
  ],
  [
    'profile days not negative',
    (d) => (arrival(d).profile = { days: [1, 1, 1, 1, 1, -1, 0] }),
    'steps[0].arrival.profile.days[5]',
    'number.nonNegative',
    'must be 0 or more, not -1',
  ],
  [
    'profile weight in open time',
    (d) => (arrival(d).profile = { days: [0, 0, 1, 1, 1, 1, 1] }),
    'steps[0].arrival.profile',
    'profile.closed',
    'the profile gives every open hour of calendar "office" a weight of 0; no case would ever arrive',
  ],
  [
    'terminate a boolean',
    (d) => ((d.steps[6] as Obj).terminate = 'yes'),
    'steps[6].terminate',
    'field.type',
    'expected true or false, got a string',
  ],
  [
    'terminate only on an end',
    (d) => (work(d).terminate = true),
    'steps[1].terminate',
    'field.unknown',
    'unknown field "terminate" in a task step',
  ],
  [
    'batch size at least 2',
    (d) => (work(d).batch = { size: 1 }),
    'steps[1].batch.size',
    'batch.size',
    'a batch size is a whole number of at least 2, not 1',
  ],
  [
    'batch fires somehow',
    (d) => (work(d).batch = { perCase: 0.5 }),
    'steps[1].batch',
    'batch.neverFires',
    'a batch needs at least one of "size" (2 or more), "window" and "schedule"',
  ],
  [
    'batch schedule exists',
    (d) => (work(d).batch = { schedule: 'weekly' }),
    'steps[1].batch.schedule',
    'reference.missing',
    'no calendar with id "weekly"',
  ],
  [
    'batch schedule opens',
    (d) => {
      (d.calendars as Obj[]).push({ id: 'never', week: [] });
      work(d).batch = { schedule: 'never' };
    },
    'steps[1].batch.schedule',
    'batch.scheduleClosed',
    'calendar "never" has no working hours, so the batch would never fire; give it hours or add a "size" or "window"',
  ],
  [
    'batch perCase not negative',
    (d) => (work(d).batch = { size: 3, perCase: -0.1 }),
    'steps[1].batch.perCase',
    'number.nonNegative',
    'must be 0 or more, not -0.1',
  ],
  [
    'sets names readable by conditions',
    (d) => (work(d).sets = { 'rework count': { add: 1 } }),
    'steps[1].sets["rework count"]',
    'data.name',
    '"rework count" is not a name conditions can read (letters, digits and "_", not starting with a digit; parts joined by ".")',
  ],
  [
    'sets values a value or add',
    (d) => (work(d).sets = { rounds: { plus: 1 } }),
    'steps[1].sets.rounds',
    'caseValue.shape',
    'expected a number, a string, true or false, a distribution (with "dist") or {"choice": {…}} or {"add": n}',
  ],
  [
    'sets add a number',
    (d) => (work(d).sets = { rounds: { add: '1' } }),
    'steps[1].sets.rounds.add',
    'field.type',
    'expected a number, got a string',
  ],
  [
    'choice has a weight',
    (d) => (work(d).sets = { tier: { choice: { gold: 0 } } }),
    'steps[1].sets.tier.choice',
    'choice.empty',
    'a choice needs at least one value with a weight greater than 0',
  ],
  [
    'or flow probability above 0',
    (d) => (d.flows[3]!.probability = 0),
    'flows[3].probability',
    'or.probability',
    'a flow leaving an "or" step is taken with its own probability, greater than 0 and at most 1, not 0',
  ],
  [
    'simulation start a local date-time',
    (d) => (sim(d).start = '2025-02-30T08:00'),
    'simulation.start',
    'dateTime.syntax',
    '"2025-02-30T08:00" is not a local date and time written YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS',
  ],
  [
    'simulation attributes no add',
    (d) => (sim(d).attributes = { rounds: { add: 1 } }),
    'simulation.attributes.rounds',
    'caseValue.shape',
    'expected a number, a string, true or false, a distribution (with "dist") or {"choice": {…}}',
  ],
  [
    'priority condition readable',
    (d) => (sim(d).priorities = [{ condition: 'amount = 5', priority: 1 }]),
    'simulation.priorities[0].condition',
    'condition.syntax',
    "the condition cannot be read: '=' at column 8: write '==' to compare",
  ],
  [
    'priority a number',
    (d) => (sim(d).priorities = [{ condition: 'urgent', priority: 'high' }]),
    'simulation.priorities[0].priority',
    'field.type',
    'expected a number, got a string',
  ],
  [
    'simulation fields known',
    (d) => (sim(d).seed = 3),
    'simulation.seed',
    'field.unknown',
    'unknown field "seed" in the simulation settings',
  ],
];

describe('parseProcess: one bad simulation value per rule', () => {
  it.each(catalogue)('%s', (_, breakIt, path, code, message) => {
    const doc = simulationDocument();
    breakIt(doc);
    const result = parseProcess(doc);
    expect(result.ok ? [] : result.problems).toEqual([{ path, code, message }]);
  });
});
