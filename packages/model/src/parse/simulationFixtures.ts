/**
 * A valid document using every simulation field beyond FORMAT.md (members, queue, gamma /
 * empirical / histogram with shift and bounds, arrival rule and profile, batch, sets, `or`,
 * terminate, the `simulation` header), as plain JSON for the parse tests to copy and change.
 */
import { minimalDocument, type Json } from './parseFixtures';

type Doc = ReturnType<typeof minimalDocument>;

/**
 *   start(office, wallClock, profile) → work(clerk: ann, bob; batch) → split(or) → a | b →
 *   join(or) → end;  split → stop (terminate end).
 */
export function simulationDocument(): Doc {
  const d = minimalDocument();
  d.calendars = [
    { id: 'office', week: [{ days: ['mon', 'tue'], from: '09:00', to: '17:30:30' }] },
    { id: 'tuesday', week: [{ days: ['tue'], from: '10:00', to: '24:00' }] },
  ];
  d.roles = [
    {
      id: 'clerk',
      name: 'Clerk',
      capacity: 2,
      queue: 'priority',
      members: [
        { id: 'ann', name: 'Ann', calendar: 'office', speed: 1.25, durations: { work: 4 } },
        { id: 'bob', costPerHour: 30 },
      ],
    },
    { id: 'manager', name: 'Manager', queue: 'dueDate', members: [{ id: 'ann', speed: 1.25 }] },
  ];
  const work: { [key: string]: Json } = {
    id: 'work',
    type: 'task',
    name: 'Work',
    role: 'clerk',
    duration: { dist: 'gamma', shape: 2.5, scale: 3, shift: 1, bounds: { min: 2, max: 60 } },
    batch: { size: 5, window: { value: 1, unit: 'd' }, schedule: 'tuesday', perCase: 0.2 },
    sets: { approved: true, rounds: { add: 1 }, tier: { choice: { gold: 1, silver: 3 } } },
  };
  d.steps = [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: {
        interarrival: { dist: 'empirical', values: [5, 10, 20], weights: [1, 2, 1] },
        calendar: 'office',
        rule: 'wallClock',
        profile: { hours: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 2 : 0)) },
      },
    },
    work,
    { id: 'split', type: 'or', name: 'Which checks?' },
    {
      id: 'a',
      type: 'task',
      name: 'A',
      role: 'manager',
      duration: {
        dist: 'histogram',
        bins: [
          { from: 0, to: 5, weight: 1 },
          { from: 5, to: 20, weight: 3 },
        ],
        unit: 's',
      },
    },
    {
      id: 'b',
      type: 'task',
      name: 'B',
      duration: { dist: 'exponential', mean: 5, bounds: { max: 30 } },
    },
    { id: 'join', type: 'or', name: 'Checks done' },
    { id: 'end', type: 'end', name: 'End' },
    { id: 'stop', type: 'end', name: 'Refused', terminate: true },
  ];
  d.flows = [
    { id: 'f1', from: 'start', to: 'work' },
    { id: 'f2', from: 'work', to: 'split' },
    { id: 'f3', from: 'split', to: 'a', probability: 0.7, condition: 'amount > 100' },
    { id: 'f4', from: 'split', to: 'b', probability: 0.4 },
    { id: 'f5', from: 'split', to: 'stop', default: true },
    { id: 'f6', from: 'a', to: 'join' },
    { id: 'f7', from: 'b', to: 'join' },
    { id: 'f8', from: 'join', to: 'end' },
  ];
  d.simulation = {
    start: '2025-03-03T08:00',
    attributes: {
      amount: { dist: 'lognormal', mean: 5000, sd: 2000 },
      'customer.tier': { choice: { gold: 0.2, standard: 0.8 } },
      urgent: false,
    },
    priorities: [
      { condition: 'amount > 50000', priority: 2 },
      { condition: 'customer.tier == "gold"', priority: 1 },
    ],
  };
  return d;
}
