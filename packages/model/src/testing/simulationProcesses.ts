/**
 * Mini-processes using the simulation fields of issue #18 (or gateways, terminate ends, members,
 * batches, case data, priorities), for the tests of every package. Kept apart from `gallery`
 * so that tests looping over the gallery are not handed features their package does not model.
 * Times are minutes; arrivals and durations are exponential unless said.
 */
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import { chain, end, fixed, flow, gate, processOf, role, start, task } from './build';

const terminateEnd = (id: string): Step => ({ id, type: 'end', name: id, terminate: true });

/**
 * An inclusive split and its join; each branch taken with its own probability (a 0.6, b 0.5),
 * none drawn → a (the likelier). So a alone 0.3 + 0.2, b alone 0.2, both 0.3.
 *   (o) -> [or s] -> a -> [or j] -> (o)
 *             `-> b ---'
 */
export const orSplitJoin: ProcessDocument = processOf('orSplitJoin', {
  roles: [role('clerk', 2, 60)],
  steps: [
    start('start', 10),
    gate('s', 'or'),
    task('a', 'clerk', 2),
    task('b', 'clerk', 3),
    gate('j', 'or'),
    end(),
  ],
  flows: [
    flow('start', 's'),
    flow('s', 'a', { probability: 0.6 }),
    flow('s', 'b', { probability: 0.5 }),
    ...chain('a', 'j', 'end'),
    flow('b', 'j'),
  ],
});

/**
 * A parallel block one of whose branches may end the whole case (30 %): a terminate end cancels
 * the other branch's waiting token.
 *   (o) -> [+ p] -> a ------------> [+ j] -> (o)
 *             `-> b -> [x] -0.7---'
 *                       `-0.3-> (stop, terminate)
 */
export const terminateBranch: ProcessDocument = processOf('terminateBranch', {
  roles: [role('clerk', 2, 60)],
  steps: [
    start('start', 10),
    gate('p', 'and'),
    task('a', 'clerk', 4),
    task('b', 'clerk', 1),
    gate('x', 'xor'),
    gate('j', 'and'),
    end(),
    terminateEnd('stop'),
  ],
  flows: [
    ...chain('start', 'p', 'a', 'j', 'end'),
    ...chain('p', 'b', 'x'),
    flow('x', 'j', { probability: 0.7 }),
    flow('x', 'stop', { probability: 0.3 }),
  ],
});

/**
 * Named people and organisation rules: clerks Ann (faster, her own calendar) and Bob; Ann also
 * reviews (one person in two roles); the review is batched (5 cases or a day); a rework counter
 * set by `check`; gold customers first.
 *   (o) -> check(clerk) -> review(reviewer, batch) -> (o)
 */
export const namedPeople: ProcessDocument = processOf('namedPeople', {
  calendars: [
    {
      id: 'office',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    },
    {
      id: 'early',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:30', to: '15:30' }],
    },
  ],
  roles: [
    {
      ...role('clerk', 2, 50),
      calendar: 'office',
      queue: 'priority',
      members: [
        { id: 'ann', name: 'Ann', calendar: 'early', speed: 1.25 },
        { id: 'bob', name: 'Bob', durations: { check: fixed(12) } },
      ],
    },
    { ...role('reviewer', 1, 80), calendar: 'office', members: [{ id: 'ann' }] },
  ],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'start',
      arrival: { rate: { count: 30, per: 'day' }, calendar: 'office', rule: 'wallClock' },
    },
    task('check', 'clerk', 10, { sets: { rounds: { add: 1 } } }),
    task('review', 'reviewer', 20, {
      batch: { size: 5, window: { value: 1, unit: 'd' }, perCase: 0.1 },
    }),
    end(),
  ],
  flows: chain('start', 'check', 'review', 'end'),
  simulation: {
    start: '2025-03-03T08:00',
    attributes: { tier: { choice: { gold: 1, standard: 4 } } },
    priorities: [{ condition: 'tier == "gold"', priority: 1 }],
  },
});

/** The simulation mini-processes by name. */
export const simulationGallery = { orSplitJoin, terminateBranch, namedPeople } as const;
