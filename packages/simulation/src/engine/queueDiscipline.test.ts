/**
 * Queue disciplines and priorities (SPEC.md SIM-QUEUE-1, SIM-QUEUE-2): the non-preemptive
 * priority M/M/1 (Cobham) per class, and earliest due date by hand.
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument, type Step, type TaskStep } from '@flowsmith/model';
import { aggregate, runReplicationSync, type Scenario } from '../index';

const { processOf, role, start, task, end, flow, gate, fixed } = build;

/**
 * Two classes split by an xor on `tier` into two tasks of one server with a priority queue;
 * `tierFrom` 'arrival' draws the tier as a case attribute, 'step' has a zero-time task set it.
 */
function twoClasses(tierFrom: 'arrival' | 'step'): ProcessDocument {
  const classify: TaskStep = task('classify', undefined, fixed(0), {
    sets: { tier: { choice: { gold: 0.5, standard: 0.5 } } },
  });
  return processOf(`cobham-${tierFrom}`, {
    roles: [{ ...role('server', 1, 60), queue: 'priority' }],
    simulation: { priorities: [{ condition: "tier == 'gold'", priority: 1 }] },
    steps: [
      start('start', 1 / 0.6),
      ...(tierFrom === 'step' ? [classify] : []),
      gate('route', 'xor'),
      task('gold', 'server', 1),
      task('standard', 'server', 1),
      end(),
    ],
    flows: [
      flow(tierFrom === 'step' ? 'classify' : 'start', 'route'),
      ...(tierFrom === 'step' ? [flow('start', 'classify')] : []),
      flow('route', 'gold', { condition: "tier == 'gold'" }),
      flow('route', 'standard', { condition: "tier != 'gold'" }),
      flow('gold', 'end'),
      flow('standard', 'end'),
    ],
  });
}

describe('queue disciplines', () => {
  it.each(['arrival', 'step'] as const)(
    'SIM-QUEUE-1 non-preemptive priority M/M/1 (Cobham) per class, tier given at %s',
    (tierFrom) => {
      // λ1 = λ2 = 0.3, μ = 1: W0 = Σ λi E[S²]/2 = 0.6; Wq1 = W0 / (1 − ρ1) = 0.857,
      // Wq2 = W0 / ((1 − ρ1)(1 − ρ1 − ρ2)) = 2.143 (SIM-QUEUE-2: the priority rule reads data a step set).
      const scenario: Scenario =
        tierFrom === 'arrival'
          ? {
              cases: 40_000,
              warmup: 2_000,
              seed: 31,
              attributes: { tier: { choice: { gold: 0.5, standard: 0.5 } } },
            }
          : { cases: 40_000, warmup: 2_000, seed: 31 };
      const doc = twoClasses(tierFrom);
      const s = aggregate(
        Array.from({ length: 6 }, (_, i) => runReplicationSync(doc, scenario, i)),
      );
      for (const [step, theory] of [
        ['gold', 0.6 / 0.7],
        ['standard', 0.6 / (0.7 * 0.4)],
      ] as const) {
        const e = s.metrics[`steps.${step}.waitMean`]!;
        expect(Math.abs(e.mean - theory) / theory, `${step}: ${e.mean} vs ${theory}`).toBeLessThan(
          0.04,
        );
        expect(e.ci95[0]).toBeLessThanOrEqual(theory);
        expect(e.ci95[1]).toBeGreaterThanOrEqual(theory);
      }
    },
  );

  it('SIM-QUEUE-1 dueDate serves the earliest due date first (case SLA 100 vs a step SLA of 10)', () => {
    // One server, fixed 30 minutes. Case 1 arrives at 100 (`first`, served 100–130); case 2 at
    // 101 (`slow`, due 101 + 100 = 201); case 3 at 102 (`urgent`, due min(202, 102 + 10) = 112).
    // dueDate: urgent at 130 (waits 28), slow at 160 (waits 59); FIFO: slow 29, urgent 58.
    const arrivingAt = (id: string, t: number): Step => ({
      id,
      type: 'start',
      name: id,
      arrival: { interarrival: fixed(t) },
    });
    const doc = processOf('edd', {
      roles: [{ ...role('server', 1, 60), queue: 'dueDate' }],
      steps: [
        arrivingAt('s1', 100),
        arrivingAt('s2', 101),
        arrivingAt('s3', 102),
        task('first', 'server', fixed(30)),
        task('slow', 'server', fixed(30)),
        task('urgent', 'server', fixed(30), { sla: { value: 10, unit: 'min' } }),
        end(),
      ],
      flows: [
        flow('s1', 'first'),
        flow('s2', 'slow'),
        flow('s3', 'urgent'),
        flow('first', 'end'),
        flow('slow', 'end'),
        flow('urgent', 'end'),
      ],
    });
    const scenario: Scenario = { cases: 3, warmup: 0, seed: 1, sla: 100 };
    const edd = runReplicationSync(doc, scenario, 0);
    expect(edd.steps.urgent!.waitMean).toBe(28);
    expect(edd.steps.slow!.waitMean).toBe(59);
    const fifo = runReplicationSync({ ...doc, roles: [role('server', 1, 60)] }, scenario, 0);
    expect(fifo.steps.slow!.waitMean).toBe(29);
    expect(fifo.steps.urgent!.waitMean).toBe(58);
    // The scenario's queue override turns the FIFO role back into an earliest-due-date one.
    const overridden = runReplicationSync(
      { ...doc, roles: [role('server', 1, 60)] },
      { ...scenario, overrides: { queue: { server: 'dueDate' } } },
      0,
    );
    expect(overridden.steps.urgent!.waitMean).toBe(28);
  });
});
