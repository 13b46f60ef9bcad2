/**
 * Calibrated simulation, validated (issue 19 item 5): simulate a known process with a seed, export
 * its log as CSV, discover it back, simulate the discovered document with another seed and compare
 * the two logs' key figures. Every judged row must be within the stated tolerances
 * (DEFAULT_TOLERANCES of @flowsmith/mining). The help-desk log of ../shared/logs (beside the
 * repository root, or FLOWSMITH_LOGS) is validated the same way when it is there.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import {
  compareWithLog,
  discoverProcess,
  logKpis,
  readXesLog,
  simulatedLog,
} from '@flowsmith/mining';
import { runReplicationSync } from '@flowsmith/simulation';
import { exportedLog } from './exportedLog';

//   start → A → (B | C) → (D ∥ E) → F → end, two roles with queues
const known: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'known',
  name: 'Known',
  roles: [
    { id: 'clerk', name: 'Clerk', capacity: 2 },
    { id: 'expert', name: 'Expert', capacity: 2 },
  ],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 12 } },
    },
    {
      id: 'A',
      type: 'task',
      name: 'Register',
      role: 'clerk',
      duration: { dist: 'triangular', min: 4, mode: 8, max: 14 },
    },
    { id: 'x1', type: 'xor', name: 'Kind?' },
    {
      id: 'B',
      type: 'task',
      name: 'Quick check',
      role: 'clerk',
      duration: { dist: 'exponential', mean: 6 },
    },
    {
      id: 'C',
      type: 'task',
      name: 'Full check',
      role: 'expert',
      duration: { dist: 'lognormal', mean: 12, sd: 4 },
    },
    { id: 'x2', type: 'xor', name: 'merge' },
    { id: 'p1', type: 'and', name: 'split' },
    {
      id: 'D',
      type: 'task',
      name: 'Price',
      role: 'expert',
      duration: { dist: 'erlang', mean: 6, k: 2 },
    },
    {
      id: 'E',
      type: 'task',
      name: 'Letter',
      role: 'clerk',
      duration: { dist: 'triangular', min: 1, mode: 2, max: 4 },
    },
    { id: 'p2', type: 'and', name: 'join' },
    {
      id: 'F',
      type: 'task',
      name: 'Approve',
      role: 'expert',
      duration: { dist: 'triangular', min: 3, mode: 5, max: 10 },
    },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'A' },
    { id: 'f2', from: 'A', to: 'x1' },
    { id: 'f3', from: 'x1', to: 'B', probability: 0.6 },
    { id: 'f4', from: 'x1', to: 'C', probability: 0.4 },
    { id: 'f5', from: 'B', to: 'x2' },
    { id: 'f6', from: 'C', to: 'x2' },
    { id: 'f7', from: 'x2', to: 'p1' },
    { id: 'f8', from: 'p1', to: 'D' },
    { id: 'f9', from: 'p1', to: 'E' },
    { id: 'f10', from: 'D', to: 'p2' },
    { id: 'f11', from: 'E', to: 'p2' },
    { id: 'f12', from: 'p2', to: 'F' },
    { id: 'f13', from: 'F', to: 'end' },
  ],
};

describe('simulate → log → discover → simulate again → compare (validation)', () => {
  it("reproduces the log's cycle times, waits, touch times, utilisation and throughput within the tolerances", async () => {
    const log = await exportedLog(known, { cases: 4000, seed: 7 });
    const found = discoverProcess(log, { noise: 0 });
    const again = runReplicationSync(
      found.document,
      { cases: 4000, warmup: 0, replications: 1, seed: 11 },
      0,
      {
        recordLog: true,
      },
    );
    const real = logKpis(log, found.document);
    const sim = logKpis(simulatedLog(again.log!, log.hasStart), found.document);
    const v = compareWithLog(real, sim);
    const failed = v.rows.filter((r) => r.pass === false);
    expect(failed).toEqual([]);
    expect(v.passed).toBe(true);
    // Every kind of figure is there and judged.
    const metrics = new Set(v.rows.filter((r) => r.pass !== undefined).map((r) => r.metric));
    for (const m of [
      'cycleMean',
      'cycleMedian',
      'cycleP90',
      'throughput',
      'wait',
      'touch',
      'utilisation',
    ])
      expect(metrics).toContain(m);
    // Queues are there to be reproduced: the known process makes the expert wait.
    expect(real.activities['Full check']!.waitMean!).toBeGreaterThan(1);
    expect(real.roles.expert!.utilisation).toBeGreaterThan(0.5);
  });

  it('fails the rows a mis-calibrated document gets wrong', async () => {
    const log = await exportedLog(known, { cases: 1500, seed: 3 });
    const slow: ProcessDocument = {
      ...known,
      steps: known.steps.map((s) =>
        s.id === 'D' ? { ...s, duration: { dist: 'erlang', mean: 9, k: 2 } } : s,
      ),
    };
    const again = runReplicationSync(
      slow,
      { cases: 1500, warmup: 0, replications: 1, seed: 4 },
      0,
      {
        recordLog: true,
      },
    );
    const v = compareWithLog(logKpis(log, slow), logKpis(simulatedLog(again.log!, true), slow));
    expect(v.passed).toBe(false);
    expect(v.rows.find((r) => r.metric === 'touch' && r.subject === 'Price')).toMatchObject({
      pass: false,
    });
  });
});

const logs = process.env.FLOWSMITH_LOGS ?? join(__dirname, '../..', '../shared/logs');

describe.skipIf(!existsSync(join(logs, 'helpdesk.xes.gz')))(
  'validation on the help-desk log',
  () => {
    it("simulates the discovered map back to the log's cycle times, sojourn times and throughput", async () => {
      const stream = createReadStream(join(logs, 'helpdesk.xes.gz')).pipe(createGunzip());
      const { log } = await readXesLog(stream as AsyncIterable<Uint8Array>);
      expect(log.hasStart).toBe(false);
      const found = discoverProcess(log, { noise: 0.2 });
      const runs = [1, 2, 3, 4, 5].map((seed) => {
        const run = runReplicationSync(
          found.document,
          { cases: log.cases.length, warmup: 0, replications: 1, seed },
          0,
          { recordLog: true },
        );
        return logKpis(simulatedLog(run.log!, false), found.document);
      });
      const v = compareWithLog(logKpis(log, found.document), runs);
      // Recorded in docs/mining.md: the p90 comes out long (the simulation's sojourns are
      // independent, the log's are not; fitted with their own spread, the tail shows it).
      expect(v.rows.filter((r) => r.pass === false).map((r) => r.metric)).toEqual(['cycleP90']);
      expect(v.rows.filter((r) => r.metric === 'sojourn').length).toBeGreaterThanOrEqual(4);
      const p90 = v.rows.find((r) => r.metric === 'cycleP90')!;
      expect(p90.error).toBeGreaterThan(0.15);
      expect(p90.error).toBeLessThan(0.25);
      for (const m of ['cycleMean', 'cycleMedian', 'throughput'])
        expect(v.rows.find((r) => r.metric === m)!.pass).toBe(true);
    });
  },
);
