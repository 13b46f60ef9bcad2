/**
 * Parameter round trip on every example (issue 19): each example of examples/ is simulated
 * (3,000 cases, seed 3), its event log exported as CSV, discovered back at noise 0, and its
 * parameters compared with the example's (`compareParameters`): every task's and timer's mean
 * duration and the arrival gap within 5 %, the branch probabilities within 0.02, every capacity
 * exact: the log names who did the work (the `person` column: a role's capacity units in turn,
 * SIM-LOG-4), and a role's capacity is the most of its people at work in one week — a role of 20
 * that never has more than 3 at once comes back as 20. The table is in docs/mining.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { compareParameters, discoverProcess } from '@flowsmith/mining';
import { exportedLog } from './exportedLog';

const dir = join(__dirname, '../../examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

describe('examples: simulate → log → discover → the same parameters', () => {
  it.each(files)('%s', async (file) => {
    const parsed = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const known = parsed.document;
    const log = await exportedLog(known, { cases: 3000, seed: 3 });
    const found = discoverProcess(log, { noise: 0 }).document;
    // No batch where the example has none (batchesBySizeOrWindow, scheduledBatches).
    const batched = (d: typeof known) =>
      d.steps.filter((s) => s.type === 'task' && s.batch).map((s) => s.name);
    expect(batched(found)).toEqual(batched(known));
    // No members where the example's people all keep its hours at one speed: twenty capacity
    // units of a few hundred events each do not make one of them keep other hours by chance
    // (clearlyOtherHours), nor another speed (personSpeeds).
    const withMembers = (d: typeof known) => d.roles.filter((r) => r.members).map((r) => r.id);
    expect(withMembers(found)).toEqual(withMembers(known));
    // No allowance for capacities the work never fills: the people show them.
    const rows = compareParameters(known, found);
    expect(rows.filter((r) => !r.pass)).toEqual([]);
    // Every branch of every xor split with probabilities is compared: each split comes back.
    const branches = known.flows.filter(
      (f) =>
        f.probability !== undefined && known.steps.find((s) => s.id === f.from)?.type === 'xor',
    );
    expect(rows.filter((r) => r.kind === 'probability').length).toBe(branches.length);
    expect(rows.filter((r) => r.kind === 'duration').length).toBe(
      known.steps.filter((s) => s.type === 'task' || s.type === 'timer').length,
    );
  });
});
