/**
 * Parameter round trip on every example (issue 19): each example of examples/ is simulated
 * (3,000 cases, seed 3), its event log exported as CSV, discovered back at noise 0, and its
 * parameters compared with the example's (`compareParameters`): every task's and timer's mean
 * duration and the arrival gap within 5 %, the branch probabilities within 0.02, the capacities
 * exact where the log shows them (a role whose work never fills its capacity comes back with the
 * most it did at once: a log cannot show more). The table is in docs/mining.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess, type ProcessDocument } from '@flowsmith/model';
import { compareParameters, discoverProcess, peakConcurrency, readCsvLog } from '@flowsmith/mining';
import { eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

const dir = join(__dirname, '../../examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

/**
 * order-to-cash rejects after a credit review straight to an end of its own: not block-structured,
 * so the inductive miner writes `X(review, tau)` then `X(fulfil…, notify)` and its two splits do
 * not lead to the same steps as the example's. The same behaviour is checked through the overall
 * chances instead: review 0.15, rejection 0.15 × 0.2 = 0.03.
 */
const UNMATCHED_SPLITS: Record<string, string[]> = {
  'order-to-cash.flow.json': [
    'Pick and pack | Review credit exception',
    'Notify customer of rejection | Pick and pack',
  ],
};

/** The probability of the flow into the task named `name` (from an xor split). */
function into(doc: ProcessDocument, name: string): number | undefined {
  const task = doc.steps.find((s) => s.name === name);
  return doc.flows.find((f) => f.to === task?.id)?.probability;
}

describe('examples: simulate → log → discover → the same parameters', () => {
  it.each(files)('%s', async (file) => {
    const parsed = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const known = parsed.document;
    const run = runReplicationSync(known, { cases: 3000, warmup: 0, replications: 1, seed: 3 }, 0, {
      recordLog: true,
    });
    const { log } = await readCsvLog(eventLogCsv(run.log!), { mapping: { role: 'resource' } });
    const found = discoverProcess(log, { noise: 0 }).document;
    const rows = compareParameters(known, found, peakConcurrency(log));
    const unmatched = UNMATCHED_SPLITS[file] ?? [];
    const failing = rows.filter(
      (r) => !r.pass && !(r.kind === 'probability' && unmatched.some((u) => r.name.startsWith(u))),
    );
    expect(failing).toEqual([]);
    expect(rows.filter((r) => r.kind === 'duration').length).toBe(
      known.steps.filter((s) => s.type === 'task' || s.type === 'timer').length,
    );
    if (unmatched.length) {
      expect(into(found, 'Review credit exception')).toBeCloseTo(0.15, 1);
      expect(Math.abs(into(found, 'Notify customer of rejection')! - 0.03)).toBeLessThan(0.02);
    }
  });
});
