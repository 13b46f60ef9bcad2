/**
 * Every example of examples/ simulated with a seed, its event log exported by the simulation and
 * discovered back (noise 0): the same tasks come back as tasks and the timers, which the log names
 * nobody on, as timers (`unstaffedWaits`); the discovered map replays its log with fitness 1, and
 * every task gets the role the example gave it. The two maps are equivalent in behaviour: the
 * discovered one, simulated, gives only traces the example accepts (fitness 1 the other way
 * round), so it allows nothing the example does not (order-to-cash: no rejection without review).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { discoverProcess, readCsvLog, tokenReplay } from '@flowsmith/mining';
import { eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

const dir = join(__dirname, '../../examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

describe('examples: simulate → log → discover', () => {
  it.each(files)('%s comes back with the same steps and roles', async (file) => {
    const parsed = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const doc = parsed.document;
    const run = runReplicationSync(doc, { cases: 500, warmup: 0, replications: 1, seed: 3 }, 0, {
      recordLog: true,
    });
    const { log, problems } = await readCsvLog(eventLogCsv(run.log!), {
      mapping: { role: 'role' },
    });
    expect(problems).toEqual([]);
    const found = discoverProcess(log, { noise: 0 }).document;
    const names = (steps: typeof doc.steps, types: string[]) =>
      steps
        .filter((s) => types.includes(s.type))
        .map((s) => s.name)
        .sort();
    expect(names(found.steps, ['task'])).toEqual(names(doc.steps, ['task']));
    expect(names(found.steps, ['timer'])).toEqual(names(doc.steps, ['timer']));
    for (const s of doc.steps) {
      if (s.type !== 'task' || !s.role) continue;
      const back = found.steps.find((f) => f.name === s.name);
      expect(back?.type === 'task' && back.role).toBe(s.role);
    }
    expect(tokenReplay(found, log).fitness).toBe(1);
    const back = runReplicationSync(found, { cases: 500, warmup: 0, replications: 1, seed: 5 }, 0, {
      recordLog: true,
    });
    const { log: backLog } = await readCsvLog(eventLogCsv(back.log!), {
      mapping: { role: 'role' },
    });
    expect(tokenReplay(doc, backLog).fitness).toBe(1);
  });
});
