/**
 * Calibrated simulation, validated on every example (issue 19): each example is simulated (2,000
 * cases, seed 3), its log exported as CSV and discovered back, and the discovered document
 * simulated five times (seeds 11–15) and compared with the log as `flowsmith discover --validate`
 * does (`compareWithLog` over the runs; waits and touch times of a role with a calendar in its
 * working minutes). Every judged row passes: within its tolerance, or the log's figure within the
 * runs' 95 % prediction interval (expense-reimbursement-to-be's mean cycle time: this log's 114
 * is a low draw of the example itself, whose runs of 2,000 cases give 109–139; docs/mining.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { compareWithLog, discoverProcess, logKpis, roleWorkingMinutes } from '@flowsmith/mining';
import { exportedLog, simulatedFigures } from './exportedLog';

const dir = join(__dirname, '../../examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.flow.json'));

describe('examples: simulate → log → discover → simulate five times → compare with the log', () => {
  it.each(files)('%s', async (file) => {
    const parsed = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const settings = { cases: 2000, warmup: 0, replications: 1 };
    const log = await exportedLog(parsed.document, { ...settings, seed: 3 });
    const doc = discoverProcess(log, { noise: 0 }).document;
    const runs = simulatedFigures(
      doc,
      settings.cases,
      [11, 12, 13, 14, 15],
      roleWorkingMinutes(doc),
    );
    const v = compareWithLog(logKpis(log, doc, roleWorkingMinutes(doc)), runs);
    expect(
      v.rows.filter((r) => r.metric === 'wait' && r.pass !== undefined).length,
    ).toBeGreaterThan(2);
    const failing = v.rows.filter((r) => r.pass === false).map((r) => r.metric);
    expect(failing).toEqual([]);
  });
});
