import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { analyze } from '../analyze';
import { applySuggestion } from './applySuggestion';
import { computeFigures } from '../flow/computeMetrics';

const { processOf, start, end, task, flow, fixed, role } = build;

/** A pay run that meets once a week (Friday 14:00), fed around the clock. */
function weeklyPayRun(): ProcessDocument {
  return processOf('pay-run', {
    calendars: [{ id: 'friday', week: [{ days: ['fri'], from: '14:00', to: '16:00' }] }],
    roles: [role('clerk', 1, 40), role('payroll', 1, 60)],
    steps: [
      start('start', 120),
      task('claim', 'clerk', fixed(10)),
      task('pay', 'payroll', fixed(30), { batch: { schedule: 'friday', perCase: 0.05 } }),
      end(),
    ],
    flows: [flow('start', 'claim'), flow('claim', 'pay'), flow('pay', 'end')],
  });
}

describe('a weekly batch that holds every case for days', () => {
  it('is a delay warning whose advice keeps the batch and shortens its cycle', () => {
    const { findings } = analyze(weeklyPayRun());
    const f = findings.find((x) => x.kind === 'delay' && x.steps[0] === 'pay')!;
    expect(f.severity).toBe('warning');
    expect(f.evidence.waitPerVisit).toBeCloseTo(10080 / 2, -1); // half a week
    expect(f.impact.leadTimeMinutes).toBeCloseTo(f.evidence.waitPerVisit!, 6);
    const s = f.suggestions.find((x) => x.id.startsWith('simplify:batch-cycle'))!;
    expect(s.commands).toHaveLength(1);
    const changes = (s.commands[0]!.params as { changes: { batch: Record<string, unknown> } })
      .changes.batch;
    expect(changes.schedule).toBe('friday'); // the pay run stays
    expect(changes.window).toBeDefined();
    const applied = applySuggestion(weeklyPayRun(), s);
    expect(applied.ok).toBe(true);
    // No suggestion removes the step.
    for (const x of f.suggestions)
      expect(x.commands.some((c) => c.id === 'steps.remove')).toBe(false);
  });

  it('the advised window cuts the gathering about five-fold', () => {
    const doc = weeklyPayRun();
    const before = computeFigures(doc).calendar.batchWait[2]!;
    const pay = doc.steps[2]!;
    if (pay.type !== 'task') throw new Error('pay is a task');
    pay.batch = { ...pay.batch!, window: { value: Math.round((2 * before) / 5 / 60), unit: 'h' } };
    const after = computeFigures(doc).calendar.batchWait[2]!;
    expect(after).toBeLessThan(before / 4);
  });
});
