/**
 * Batches by size and by window from a log (issue 19): a process whose manager approves claims in
 * batches — of 5, or after the first claim has waited 120 minutes, or whichever comes first — is
 * simulated (3,000 cases, seed 3), its log exported as CSV and discovered back at noise 0: the
 * batch comes back (size exact, window within 10 %, perCase when the duration grows with the
 * batch), every duration mean within 5 %, fitness 1, and the discovered document simulated again
 * (three runs) gives the log's mean cycle time within 10 %. The other tasks are not batches.
 */
import { describe, expect, it } from 'vitest';
import type { Batch, ProcessDocument, TaskStep } from '@flowsmith/model';
import {
  compareParameters,
  compareWithLog,
  discoverProcess,
  logKpis,
  peakConcurrency,
  tokenReplay,
} from '@flowsmith/mining';
import { exportedLog, simulatedFigures } from './exportedLog';

/** start → Check (clerks) → Approve (manager, batched) → Archive (clerks) → end. */
function claims(batch: Batch): ProcessDocument {
  return {
    format: 'flowsmith.process',
    version: 1,
    id: 'claims',
    name: 'Claims',
    roles: [
      { id: 'clerk', name: 'Clerk', capacity: 2 },
      { id: 'manager', name: 'Manager', capacity: 1 },
    ],
    steps: [
      {
        id: 'start',
        type: 'start',
        name: 'Start',
        arrival: { interarrival: { dist: 'exponential', mean: 30 } },
      },
      {
        id: 'check',
        type: 'task',
        name: 'Check claim',
        role: 'clerk',
        duration: { dist: 'triangular', min: 10, mode: 20, max: 40 },
      },
      {
        id: 'approve',
        type: 'task',
        name: 'Approve',
        role: 'manager',
        duration: { dist: 'triangular', min: 20, mode: 30, max: 40 },
        batch,
      },
      {
        id: 'archive',
        type: 'task',
        name: 'Archive',
        role: 'clerk',
        duration: { dist: 'exponential', mean: 5 },
      },
      { id: 'end', type: 'end', name: 'End' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'check' },
      { id: 'f2', from: 'check', to: 'approve' },
      { id: 'f3', from: 'approve', to: 'archive' },
      { id: 'f4', from: 'archive', to: 'end' },
    ],
  };
}

const settings = { cases: 3000, warmup: 0, replications: 1 };

async function roundTrip(batch: Batch) {
  const known = claims(batch);
  const log = await exportedLog(known, { ...settings, seed: 3 });
  const found = discoverProcess(log, { noise: 0 });
  const doc = found.document;
  const task = (name: string) =>
    doc.steps.find((s): s is TaskStep => s.type === 'task' && s.name === name)!;
  const durations = compareParameters(known, doc, peakConcurrency(log)).filter(
    (r) => r.kind === 'duration',
  );
  const runs = simulatedFigures(doc, settings.cases, [11, 12, 13]);
  const cycle = compareWithLog(logKpis(log, doc), runs).rows.find((r) => r.metric === 'cycleMean')!;
  return { doc, found, log, task, durations, cycle };
}

describe('simulate → log → discover a batch by size or window → simulate again', () => {
  it('finds a batch of 5', async () => {
    const { doc, log, task, durations, cycle } = await roundTrip({ size: 5 });
    expect(task('Approve').batch).toEqual({ size: 5 });
    // One manager works each batch of five: the capacity counts a batch once.
    expect(doc.roles.find((r) => r.id === 'manager')?.capacity).toBe(1);
    expect(task('Check claim').batch).toBeUndefined();
    expect(task('Archive').batch).toBeUndefined();
    expect(durations.length).toBe(3);
    for (const d of durations) expect(Math.abs(d.found! - d.known) / d.known).toBeLessThan(0.05);
    expect(tokenReplay(doc, log).fitness).toBe(1);
    expect(Math.abs(cycle.simulated - cycle.log) / cycle.log).toBeLessThan(0.1);
    expect(doc.description).toContain('Approve: cases wait and are started together');
    expect(doc.description).toContain('when 5 have gathered');
  });

  it('finds a 120-minute window, and the duration growing with the batch', async () => {
    const { doc, log, task, durations, cycle } = await roundTrip({
      window: { value: 2, unit: 'h' },
      perCase: 0.1,
    });
    const batch = task('Approve').batch!;
    expect(batch.size).toBeUndefined();
    expect(batch.window!.unit).toBe('min');
    expect(Math.abs(batch.window!.value - 120) / 120).toBeLessThan(0.1);
    expect(Math.abs(batch.perCase! - 0.1)).toBeLessThan(0.03);
    expect(task('Check claim').batch).toBeUndefined();
    expect(task('Archive').batch).toBeUndefined();
    for (const d of durations) expect(Math.abs(d.found! - d.known) / d.known).toBeLessThan(0.05);
    expect(tokenReplay(doc, log).fitness).toBe(1);
    expect(Math.abs(cycle.simulated - cycle.log) / cycle.log).toBeLessThan(0.1);
  });

  it('finds size and window together', async () => {
    const { doc, log, task, durations, cycle, found } = await roundTrip({
      size: 5,
      window: { value: 120, unit: 'min' },
    });
    const batch = task('Approve').batch!;
    expect(batch.size).toBe(5);
    expect(Math.abs(batch.window!.value - 120) / 120).toBeLessThan(0.1);
    expect(batch.perCase).toBeUndefined();
    for (const d of durations) expect(Math.abs(d.found! - d.known) / d.known).toBeLessThan(0.05);
    expect(tokenReplay(doc, log).fitness).toBe(1);
    expect(Math.abs(cycle.simulated - cycle.log) / cycle.log).toBeLessThan(0.1);
    expect(discoverProcess(log, { noise: 0, lang: 'zh-CN' }).document.description).toContain(
      '凑满 5 个或第一个已等待',
    );
    expect(found.document.description).toContain('whichever comes first');
  });
});
