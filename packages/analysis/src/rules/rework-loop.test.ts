import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { RuleContext } from '../ruleContext';
import { reworkLoop } from './rework-loop';

describe('rule rework-loop', () => {
  it('reports a loop with its expected extra work: (1/(1 − p) − 1) × work', () => {
    const [f] = reworkLoop.check(new RuleContext(gallery.reworkLoop));
    const extraPasses = 1 / (1 - 0.2) - 1;
    expect(f).toMatchObject({
      kind: 'rework-loop',
      severity: 'warning',
      roles: ['clerk', 'checker'],
    });
    expect(f!.evidence.extraPasses).toBeCloseTo(extraPasses, 12);
    expect(f!.evidence.extraWorkPerCase).toBeCloseTo(extraPasses * (5 + 3), 12);
    expect(f!.evidence.reworkProbability).toBeCloseTo(0.2, 12);
  });

  it('is only info when rework is rare', () => {
    const doc = {
      ...gallery.reworkLoop,
      flows: gallery.reworkLoop.flows.map((f) =>
        f.from === 'ok' ? { ...f, probability: f.to === 'end' ? 0.95 : 0.05 } : f,
      ),
    };
    expect(reworkLoop.check(new RuleContext(doc)).map((f) => f.severity)).toEqual(['info']);
  });

  it('accepts a process without loops, and leaves loops with no way out to livelock', () => {
    expect(reworkLoop.check(new RuleContext(gallery.sequence3))).toEqual([]);
    expect(reworkLoop.check(new RuleContext(gallery.livelock))).toEqual([]);
  });

  it('counts every visit of a fix step as rework, its first pass included', () => {
    // start → m → approve (10) → ok? ─0.75→ end
    //         ↑                 └─0.25→ fix (20) ┘
    const { processOf, start, end, task, gate, flow, chain, role, fixed } = build;
    const doc = processOf('fix', {
      roles: [role('clerk'), role('boss')],
      steps: [
        start('start'),
        gate('m', 'xor'),
        task('approve', 'boss', fixed(10)),
        gate('ok', 'xor'),
        task('fix', 'clerk', fixed(20)),
        end(),
      ],
      flows: [
        ...chain('start', 'm', 'approve', 'ok'),
        flow('ok', 'end', { probability: 0.75 }),
        flow('ok', 'fix', { probability: 0.25 }),
        flow('fix', 'm'),
      ],
    });
    const [f] = reworkLoop.check(new RuleContext(doc));
    // approve: 4/3 visits, 1 first pass; fix: 1/3 visits, all rework
    expect(f!.evidence.extraWorkPerCase).toBeCloseTo((1 / 3) * 10 + (1 / 3) * 20, 12);
  });
});
