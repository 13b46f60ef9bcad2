/**
 * Role calendars from the log (issue 19): examples whose roles work Monday to Friday 09:00–18:00
 * are simulated with a seed (2,000 cases), their log exported as CSV and discovered back. Every
 * role comes back with that calendar (shared, and shared with the arrivals), and the discovered
 * document simulated again (another seed) reproduces the log's cycle times and waits within the
 * tolerances, measured as `flowsmith discover --validate` does (waits and touch times of a role
 * with a calendar in its working minutes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import {
  compareWithLog,
  discoverProcess,
  logKpis,
  readCsvLog,
  roleWorkingMinutes,
  simulatedLog,
} from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

const OFFICE = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }];

describe('examples with office hours: simulate → log → discover role calendars → validate', () => {
  it.each(['customer-complaint.flow.json', 'employee-onboarding.flow.json'])('%s', async (file) => {
    const parsed = parseProcess(
      JSON.parse(readFileSync(join(__dirname, '../../examples', file), 'utf8')),
    );
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const settings = { cases: 2000, warmup: 0, replications: 1 };
    const run = runReplicationSync(parsed.document, { ...settings, seed: 3 }, 0, {
      recordLog: true,
    });
    const { log } = await readCsvLog(eventLogCsv(run.log!), { mapping: { role: 'resource' } });
    const doc = discoverProcess(log, { noise: 0 }).document;
    expect(doc.calendars).toHaveLength(1);
    expect(doc.calendars![0]!.week).toEqual(OFFICE);
    for (const role of doc.roles) expect(role.calendar).toBe(doc.calendars![0]!.id);
    const start = doc.steps.find((s) => s.type === 'start');
    expect(start?.type === 'start' && start.arrival?.calendar).toBe(doc.calendars![0]!.id);

    const again = runReplicationSync(doc, { ...settings, seed: 11 }, 0, { recordLog: true });
    const v = compareWithLog(
      logKpis(log, doc, roleWorkingMinutes(doc)),
      logKpis(simulatedLog(again.log!, true, DEFAULT_LOG_EPOCH), doc, roleWorkingMinutes(doc)),
    );
    const judged = v.rows.filter((r) => r.pass !== undefined);
    expect(judged.filter((r) => r.metric === 'wait').length).toBeGreaterThanOrEqual(5);
    expect(
      judged.filter(
        (r) => r.pass === false && (r.metric === 'wait' || r.metric.startsWith('cycle')),
      ),
    ).toEqual([]);
  });
});
