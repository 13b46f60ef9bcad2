import { build, type ProcessDocument } from '@flowsmith/model';

/**
 * The pair that made `report` run out of memory (tests only): a 20-step as-is with a rework loop
 * whose clerk is loaded above 100 % (so its typical case waits without end), and a to-be that
 * removes 8 of the 20 steps, the rework loop's two tasks and its two gateways among them, and
 * moves one task from the clerk to the manager.
 */
export function reworkLoopPair(): { asIs: ProcessDocument; toBe: ProcessDocument } {
  const { processOf, start, task, end, gate, flow, chain, role } = build;
  const roles = [role('clerk', 1, 60), role('manager', 1, 120), role('finance', 1, 90)];
  const who = (i: number) => (['clerk', 'manager', 'finance'] as const)[i % 3];
  const a = ['a1', 'a2', 'a3'].map((id, i) => task(id, i === 1 ? 'clerk' : who(i), 8));
  const b = [task('b1', 'clerk', 12), task('b2', 'manager', 6, { kind: 'review' })];
  const r = [task('r1', 'clerk', 15), task('r2', 'clerk', 10)];
  const c = Array.from({ length: 9 }, (_, i) =>
    task(`c${i + 1}`, i % 2 === 1 ? 'clerk' : who(i), 5),
  );
  const asIs = processOf('rework-as-is', {
    name: 'Rework loop (as-is)',
    language: 'en',
    roles,
    steps: [
      start('start', 30),
      ...a,
      gate('m1', 'xor'),
      ...b,
      gate('x1', 'xor'),
      ...r,
      ...c,
      end(),
    ],
    flows: [
      ...chain('start', 'a1', 'a2', 'a3', 'm1', 'b1', 'b2', 'x1'),
      flow('x1', 'c1', { probability: 0.6, default: true }),
      flow('x1', 'r1', { probability: 0.4, condition: 'rework == true' }),
      ...chain('r1', 'r2', 'm1'),
      ...chain('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'end'),
    ],
  });
  const removed = new Set(['a2', 'b2', 'x1', 'r1', 'r2', 'm1', 'c2', 'c4']);
  const toBe = processOf('rework-to-be', {
    name: 'Rework loop (to-be)',
    language: 'en',
    derivedFrom: asIs.id,
    roles,
    // b1 moves to the manager: the clerk is no longer overloaded.
    steps: asIs.steps
      .filter((s) => !removed.has(s.id))
      .map((s) => (s.id === 'b1' ? { ...s, role: 'manager' } : s)),
    flows: chain('start', 'a1', 'a3', 'b1', 'c1', 'c3', 'c5', 'c6', 'c7', 'c8', 'c9', 'end'),
  });
  return { asIs, toBe };
}
