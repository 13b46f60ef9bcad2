/**
 * "The as-is you drew vs the as-is in the data": a log simulated from the purchase-approval to-be
 * replayed on the drawn as-is. The two maps share some steps only, so replay must find the
 * to-be's new steps not in the map and the as-is steps the cases skipped; the to-be's own log
 * replays on the to-be with fitness 1, matched by step id as well as by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { readCsvLog, tokenReplay } from '@flowsmith/mining';
import { eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

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
