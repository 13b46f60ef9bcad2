/**
 * Scheduled batches from a log (issue 19): a process whose clerks check claims all week and pay
 * them in one run on Fridays at 15:00 (`batch.schedule`) is simulated (2,000 cases, seed 3), its log exported and
 * discovered back: the payment comes back as a scheduled batch opening on Fridays at 15:00 with
 * its per-batch duration, and the discovered document simulated again (five runs) reproduces the
 * log's wait before the payment and its cycle times; as an ordinary task it does not.
 */
import { describe, expect, it } from 'vitest';
import { distributionMean, type ProcessDocument, type TaskStep } from '@flowsmith/model';
import { compareWithLog, discoverProcess, logKpis, roleWorkingMinutes } from '@flowsmith/mining';
import { exportedLog, simulatedFigures } from './exportedLog';

const OFFICE = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, from: '09:00', to: '18:00' }];

const claims: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'claims',
  name: 'Claims',
  calendars: [
    { id: 'office', name: 'Office', week: OFFICE.map((w) => ({ ...w, days: [...w.days] })) },
    { id: 'payday', name: 'Pay run', week: [{ days: ['fri'], from: '15:00', to: '16:00' }] },
  ],
  roles: [{ id: 'clerk', name: 'Clerk', capacity: 3, calendar: 'office' }],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 30 }, calendar: 'office' },
    },
    {
      id: 'check',
      type: 'task',
      name: 'Check claim',
      role: 'clerk',
      duration: { dist: 'triangular', min: 10, mode: 20, max: 40 },
    },
    {
      id: 'pay',
      type: 'task',
      name: 'Pay',
      role: 'clerk',
      duration: { dist: 'triangular', min: 20, mode: 30, max: 50 },
      batch: { schedule: 'payday' },
    },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'check' },
    { id: 'f2', from: 'check', to: 'pay' },
    { id: 'f3', from: 'pay', to: 'end' },
  ],
};

describe('simulate → log → discover a scheduled batch → validate', () => {
  it('finds the Friday pay run and simulates the log’s waits back', async () => {
    const settings = { cases: 2000, warmup: 0, replications: 1 };
    const log = await exportedLog(claims, { ...settings, seed: 3 });
    const doc = discoverProcess(log, { noise: 0 }).document;
    const pay = doc.steps.find((s): s is TaskStep => s.type === 'task' && s.name === 'Pay')!;
    const schedule = doc.calendars?.find((c) => c.id === pay.batch?.schedule);
    expect(schedule?.week).toEqual([{ days: ['fri'], from: '15:00', to: '16:00' }]);
    // One duration per batch: 22 Fridays, so the mean has a standard error of about 4 %.
    expect(Math.abs(distributionMean(pay.duration!) - 100 / 3) / (100 / 3)).toBeLessThan(0.1);
    expect(doc.description).toContain('Pay: cases are started together');

    const validate = (d: ProcessDocument) => {
      const runs = simulatedFigures(d, settings.cases, [11, 12, 13, 14, 15], roleWorkingMinutes(d));
      return compareWithLog(logKpis(log, d, roleWorkingMinutes(d)), runs).rows;
    };
    const judged = (rows: ReturnType<typeof validate>, metric: string) =>
      rows.find((r) => r.metric === metric && (r.subject ?? 'Pay') === 'Pay')!;
    const rows = validate(doc);
    expect(judged(rows, 'wait').pass).toBe(true);
    expect(judged(rows, 'cycleMean').pass).toBe(true);
    expect(judged(rows, 'cycleMedian').pass).toBe(true);
    // The same document with the payment as an ordinary task: the cases do not wait for Friday.
    const plain = {
      ...doc,
      steps: doc.steps.map((s) => (s.id === pay.id ? { ...pay, batch: undefined } : s)),
    };
    expect(judged(validate(plain), 'wait').pass).toBe(false);
  });
});
