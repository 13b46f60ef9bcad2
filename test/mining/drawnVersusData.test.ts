/**
 * "The as-is you drew vs the as-is in the data": a log simulated from the purchase-approval to-be
 * replayed on the drawn as-is. The two maps share some steps only, so replay must find the
 * to-be's new steps not in the map and the as-is steps the cases skipped; the to-be's own log
 * replays on the to-be with fitness 1, matched by step id as well as by name. The as-is
 * discovered from the as-is' own log differs from the drawing in nothing beyond the figure
 * tolerances (`drawnVersusData`, as `flowsmith conform --diff` shows it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { discoverProcess, drawnVersusData, readCsvLog, tokenReplay } from '@flowsmith/mining';
import { eventLogCsv, runReplicationSync } from '@flowsmith/simulation';
import { exportedLog } from './exportedLog';

function example(name: string): ProcessDocument {
  const parsed = parseProcess(
    JSON.parse(readFileSync(join(__dirname, '../../examples', `${name}.flow.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${name} is not valid`);
  return parsed.document;
}

describe('conformance of a drawn map against a log', () => {
  const asIs = example('purchase-approval-as-is');
  const toBe = example('purchase-approval-to-be');
  const run = runReplicationSync(toBe, { cases: 300, warmup: 0, replications: 1, seed: 5 }, 0, {
    recordLog: true,
  });
  const csv = eventLogCsv(run.log!);

  it('lists steps not in the map and skipped steps by step id', async () => {
    const { log } = await readCsvLog(csv);
    const r = tokenReplay(asIs, log);
    expect(r.fitness).toBeLessThan(0.9);
    const notInMap = r.deviations.filter((d) => d.kind === 'notInMap').map((d) => d.activity);
    expect(notInMap).toContain('在线填写采购申请');
    const skipped = r.deviations.filter((d) => d.kind === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const d of skipped) expect(asIs.steps.some((s) => s.id === d.step)).toBe(true);
  });

  it('fits the map the log came from, by name or by step id', async () => {
    const byName = (await readCsvLog(csv)).log;
    expect(tokenReplay(toBe, byName).fitness).toBe(1);
    const byId = (await readCsvLog(csv, { mapping: { activity: 'activity_id' } })).log;
    const r = tokenReplay(toBe, byId);
    expect(r.fitness).toBe(1);
    expect(r.precision).toBeCloseTo(tokenReplay(toBe, byName).precision, 10);
  });
});

describe('drawnVersusData: the drawn as-is against the as-is discovered from its log', () => {
  it('finds no change where the data agrees, and the one figure the data contradicts', async () => {
    const asIs = example('purchase-approval-as-is');
    const log = await exportedLog(asIs, { cases: 1500, seed: 4 });
    const found = discoverProcess(log, { noise: 0 }).document;
    const same = drawnVersusData(asIs, found);
    // Steps matched by name (the timer too: a log cannot tell it from a task), roles by the tasks
    // they do, gateways by their neighbours; durations, probabilities, capacities never reached
    // agree within the figure tolerances (roles aside: the general manager's few events give
    // hours of their own).
    expect(same.onlyDrawn).toEqual([]);
    expect(same.onlyData).toEqual([]);
    expect(same.changed.filter((l) => l.kind !== 'role').map((l) => l.text)).toEqual([]);
    // The drawing says the department manager takes 18 minutes to approve; say it takes 40.
    const slower = {
      ...asIs,
      steps: asIs.steps.map((s) =>
        s.id === 'mgrApprove' && s.type === 'task'
          ? { ...s, duration: { dist: 'fixed' as const, value: 40 } }
          : s,
      ),
    };
    const differs = drawnVersusData(slower, found, 'zh-CN');
    expect(differs.changed.map((l) => l.asIs)).toContainEqual(['mgrApprove']);
    // A discovered map against itself: its gateways pair by the steps around them, no change.
    const self = drawnVersusData(found, found);
    expect([...self.onlyDrawn, ...self.onlyData, ...self.changed]).toEqual([]);
    expect(self.gateways).toBe(0);
  });
});
