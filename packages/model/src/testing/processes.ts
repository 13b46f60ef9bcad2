/**
 * A named gallery of mini-processes, reused by every package's tests (STYLE.md).
 * Each has a sketch; `[x]` is an xor gateway, `[+]` an and gateway, `(o)` start/end.
 * Times are minutes; arrivals and durations are exponential unless said.
 */
import type { ProcessDocument } from '../types/process';
import { chain, end, fixed, flow, gate, processOf, role, start, task } from './build';

/** (o) -> a -> b -> c -> (o), one clerk, arrivals every 10 min, each task 2 min. */
export const sequence3: ProcessDocument = processOf('sequence3', {
  roles: [role('clerk', 1, 60)],
  steps: [
    start('start', 10),
    task('a', 'clerk', 2),
    task('b', 'clerk', 2),
    task('c', 'clerk', 2),
    end(),
  ],
  flows: chain('start', 'a', 'b', 'c', 'end'),
});

/**
 * M/M/1: one clerk, arrivals every 10 min, service 8 min (rho = 0.8).
 *   (o) -> serve -> (o)
 */
export const mm1: ProcessDocument = processOf('mm1', {
  roles: [role('clerk', 1, 60)],
  steps: [start('start', 10), task('serve', 'clerk', 8), end()],
  flows: chain('start', 'serve', 'end'),
});

/**
 * M/M/5 of ../shared/bench: arrival rate 4.5 per min, service mean 1 min, five servers.
 *   (o) -> serve[x5] -> (o)
 */
export const mm5: ProcessDocument = processOf('mm5', {
  roles: [role('server', 5, 60)],
  steps: [start('start', 1 / 4.5), task('serve', 'server', 1), end()],
  flows: chain('start', 'serve', 'end'),
});

/**
 * Exclusive split and merge by probability and by condition.
 *            +--(p .7, amount <= 1000)--> small --+
 *   (o) -> [x]split                               [x]merge -> (o)
 *            +--(p .3, amount > 1000)---> large --+
 */
export const xorSplitJoin: ProcessDocument = processOf('xorSplitJoin', {
  roles: [role('clerk', 2, 50), role('manager', 1, 120)],
  steps: [
    start('start', 10),
    gate('split', 'xor'),
    task('small', 'clerk', 5),
    task('large', 'manager', 8, { kind: 'approval' }),
    gate('merge', 'xor'),
    end(),
  ],
  flows: [
    flow('start', 'split'),
    flow('split', 'small', { probability: 0.7, condition: 'amount <= 1000', label: '≤ 1000' }),
    flow('split', 'large', { probability: 0.3, condition: 'amount > 1000', label: '> 1000' }),
    flow('small', 'merge'),
    flow('large', 'merge'),
    flow('merge', 'end'),
  ],
});

/**
 * Parallel split and join with fixed durations (fork-join is exact: 10 + max(20, 30) + 5).
 *                +--> left (20) --+
 *   (o) -> a -> [+]fork          [+]join -> z -> (o)
 *                +--> right (30) -+
 */
export const andSplitJoin: ProcessDocument = processOf('andSplitJoin', {
  roles: [role('clerk', 1, 60), role('checker', 1, 60), role('analyst', 1, 60)],
  steps: [
    start('start', 100),
    task('a', 'clerk', fixed(10)),
    gate('fork', 'and'),
    task('left', 'checker', fixed(20)),
    task('right', 'analyst', fixed(30)),
    gate('join', 'and'),
    task('z', 'clerk', fixed(5)),
    end(),
  ],
  flows: [
    ...chain('start', 'a', 'fork'),
    flow('fork', 'left'),
    flow('fork', 'right'),
    flow('left', 'join'),
    flow('right', 'join'),
    ...chain('join', 'z', 'end'),
  ],
});

/**
 * Rework loop with Bernoulli feedback: 20 % of checks send the case back.
 *   (o) -> [x]merge -> work -> check -> [x]ok --(0.8)--> (o)
 *             ^                          |
 *             +-----------(0.2)----------+
 */
export const reworkLoop: ProcessDocument = processOf('reworkLoop', {
  roles: [role('clerk', 1, 60), role('checker', 1, 80)],
  steps: [
    start('start', 20),
    gate('merge', 'xor'),
    task('work', 'clerk', 5),
    task('check', 'checker', 3, { kind: 'review' }),
    gate('ok', 'xor'),
    end(),
  ],
  flows: [
    ...chain('start', 'merge', 'work', 'check', 'ok'),
    flow('ok', 'end', { probability: 0.8, label: 'ok' }),
    flow('ok', 'merge', { probability: 0.2, label: 'rework' }),
  ],
});

/**
 * Tandem of two stations (Jackson network): arrivals every 10, station A 6, station B 8.
 *   (o) -> a -> b -> (o)
 */
export const tandem2: ProcessDocument = processOf('tandem2', {
  roles: [role('first', 1, 60), role('second', 1, 60)],
  steps: [start('start', 10), task('a', 'first', 6), task('b', 'second', 8), end()],
  flows: chain('start', 'a', 'b', 'end'),
});

/**
 * Deadlock: an and-join after an xor split can never fire (only one branch ever arrives).
 *            +--> a --+
 *   (o) -> [x]x      [+]join -> (o)
 *            +--> b --+
 */
export const deadlockAfterXor: ProcessDocument = processOf('deadlockAfterXor', {
  roles: [role('clerk')],
  steps: [
    start(),
    gate('x', 'xor'),
    task('a', 'clerk', 1),
    task('b', 'clerk', 1),
    gate('join', 'and'),
    end(),
  ],
  flows: [
    flow('start', 'x'),
    flow('x', 'a', { probability: 0.5 }),
    flow('x', 'b', { probability: 0.5 }),
    flow('a', 'join'),
    flow('b', 'join'),
    flow('join', 'end'),
  ],
});

/**
 * Lack of synchronisation: an xor merges two parallel branches, so the case runs on twice.
 *             +--> a --+
 *   (o) -> [+]fork    [x]merge -> c -> (o)
 *             +--> b --+
 */
export const lackOfSync: ProcessDocument = processOf('lackOfSync', {
  roles: [role('clerk')],
  steps: [
    start(),
    gate('fork', 'and'),
    task('a', 'clerk', 1),
    task('b', 'clerk', 1),
    gate('merge', 'xor'),
    task('c', 'clerk', 1),
    end(),
  ],
  flows: [
    flow('start', 'fork'),
    flow('fork', 'a'),
    flow('fork', 'b'),
    flow('a', 'merge'),
    flow('b', 'merge'),
    ...chain('merge', 'c', 'end'),
  ],
});

/**
 * A loop with no way out: once in, a case circles for ever.
 *   (o) -> a -> b
 *          ^    |
 *          +----+         end is unreachable
 */
export const livelock: ProcessDocument = processOf('livelock', {
  roles: [role('clerk')],
  steps: [start(), task('a', 'clerk', 1), task('b', 'clerk', 1), end()],
  flows: [flow('start', 'a'), flow('a', 'b'), flow('b', 'a')],
});

/**
 * Nested parallel branches inside an exclusive choice.
 *                      +--> p1 --+
 *            +-> [+]f         [+]j --+
 *   (o) -> [x]x        +--> p2 --+   [x]m -> (o)
 *            +-> q -------------------+
 */
export const nestedParallel: ProcessDocument = processOf('nestedParallel', {
  roles: [role('clerk', 2)],
  steps: [
    start('start', 30),
    gate('x', 'xor'),
    gate('f', 'and'),
    task('p1', 'clerk', 2),
    task('p2', 'clerk', 3),
    gate('j', 'and'),
    task('q', 'clerk', 4),
    gate('m', 'xor'),
    end(),
  ],
  flows: [
    flow('start', 'x'),
    flow('x', 'f', { probability: 0.5, label: 'both' }),
    flow('x', 'q', { probability: 0.5, label: 'quick' }),
    flow('f', 'p1'),
    flow('f', 'p2'),
    flow('p1', 'j'),
    flow('p2', 'j'),
    flow('j', 'm'),
    flow('q', 'm'),
    flow('m', 'end'),
  ],
});

/**
 * A timer between two tasks (wait 60 min fixed, no role works).
 *   (o) -> a -> (wait 60) -> b -> (o)
 */
export const timerWait: ProcessDocument = processOf('timerWait', {
  roles: [role('clerk')],
  steps: [
    start('start', 120),
    task('a', 'clerk', 5),
    { id: 'wait', type: 'timer', name: 'wait', duration: fixed(60) },
    task('b', 'clerk', 5),
    end(),
  ],
  flows: chain('start', 'a', 'wait', 'b', 'end'),
});

/**
 * A subprocess step that runs `sequence3`.
 *   (o) -> a -> [[sequence3]] -> (o)
 */
export const withSubprocess: ProcessDocument = processOf('withSubprocess', {
  roles: [role('clerk')],
  steps: [
    start('start', 60),
    task('a', 'clerk', 2),
    { id: 'sub', type: 'subprocess', name: 'sub', process: 'sequence3' },
    end(),
  ],
  flows: chain('start', 'a', 'sub', 'end'),
});

/**
 * Work bouncing between departments with a repeated approval by the same manager.
 *   (o) -> fill(clerk) -> approve1(manager) -> check(finance) -> approve2(manager) -> pay(finance) -> (o)
 */
export const doubleApproval: ProcessDocument = processOf('doubleApproval', {
  roles: [role('clerk', 1, 50), role('manager', 1, 150), role('finance', 1, 80)],
  steps: [
    start('start', 30),
    task('fill', 'clerk', 10),
    task('approve1', 'manager', 5, { kind: 'approval' }),
    task('check', 'finance', 8, { kind: 'review' }),
    task('approve2', 'manager', 5, { kind: 'approval' }),
    task('pay', 'finance', 4, { kind: 'system' }),
    end(),
  ],
  flows: chain('start', 'fill', 'approve1', 'check', 'approve2', 'pay', 'end'),
});

/** An unfinished drawing: a step not yet connected, no end yet. Must still parse. */
export const unfinished: ProcessDocument = processOf('unfinished', {
  roles: [role('clerk')],
  steps: [start(), task('a', 'clerk', 5), task('loose', undefined)],
  flows: [flow('start', 'a')],
});

/** Every gallery process by name. */
export const gallery = {
  sequence3,
  mm1,
  mm5,
  xorSplitJoin,
  andSplitJoin,
  reworkLoop,
  tandem2,
  deadlockAfterXor,
  lackOfSync,
  livelock,
  nestedParallel,
  timerWait,
  withSubprocess,
  doubleApproval,
  unfinished,
} as const;

/** The name of a gallery process. */
export type GalleryName = keyof typeof gallery;
