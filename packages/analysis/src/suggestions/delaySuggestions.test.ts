import { describe, it, expect } from 'vitest';
import { build, distributionMean, type ProcessDocument } from '@flowsmith/model';
import { analyze } from '../analyze';
import { applySuggestion } from './applySuggestion';

const { processOf, start, end, task, chain, role, fixed } = build;

/** start → prepare → wait (timer named `name`, `days` days) → approve (boss) → end */
function withTimer(name: string, days: number): ProcessDocument {
  return processOf('timer', {
    roles: [role('clerk'), role('boss')],
    steps: [
      start('start', 600),
      task('prepare', 'clerk', fixed(20)),
      {
        id: 'wait',
        type: 'timer',
        name,
        duration: { dist: 'uniform', min: 0, max: 2 * days, unit: 'd' },
      },
      task('approve', 'boss', fixed(10), { kind: 'approval', control: true }),
      end(),
    ],
    flows: chain('start', 'prepare', 'wait', 'approve', 'end'),
  });
}

const delayOf = (doc: ProcessDocument) =>
  analyze(doc, { effects: true }).findings.find((f) => f.kind === 'delay')!;

describe('advice for delays', () => {
  it('a signature wait gets an SLA with e-signature and escalation, keeping the approval', () => {
    const doc = withTimer('Wait for the director’s signature', 1);
    const f = delayOf(doc);
    expect(f.severity).toBe('warning');
    const [s] = f.suggestions;
    expect(s!.message).toMatch(/SLA.*escalated/);
    expect(s!.effect!.cycleTimeMean).toBeLessThan(0);
    const r = applySuggestion(doc, s!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const approve = r.document.steps.find((x) => x.id === 'approve');
    expect(approve).toMatchObject({ sla: { value: 4, unit: 'h' } });
    const wait = r.document.steps.find((x) => x.id === 'wait');
    expect(wait?.type === 'timer' && distributionMean(wait.duration!)).toBe(120);
  });

  it('a weekly batch runs every working day: its wait is a fifth', () => {
    const f = delayOf(withTimer('Wait for the weekly pay run', 3.5));
    const [s] = f.suggestions;
    expect(s!.message).toMatch(/5 times as often/);
    expect(s!.effect!.cycleTimeMean).toBeCloseTo(-(3.5 * 1440 * 4) / 5, 6);
  });

  it('another timer gets an agreed service level that halves it', () => {
    const f = delayOf(withTimer('Wait for the courier', 1));
    expect(f.suggestions[0]!.effect!.cycleTimeMean).toBeCloseTo(-720, 6);
  });

  it('a period agreed with the other party stays info; halving it is an assumption', () => {
    const f = delayOf(withTimer('Wait for payment terms', 30));
    expect(f.evidence.leadTimeShare).toBeGreaterThan(0.9);
    expect(f.severity).toBe('info');
    expect(f.suggestions).toMatchObject([{ assumption: true }]);
    expect(f.suggestions[0]!.message).toMatch(/shorter terms/);
  });
});
