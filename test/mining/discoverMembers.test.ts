/**
 * People with hours of their own (issue 19): a help desk whose two agents work 09:00–17:00 and
 * 13:00–21:00 is simulated (3,000 cases, seed 3, `members` with their own calendars), its log
 * exported with the person column and discovered back: the role comes back with both people as
 * members, each with their hours, and the discovered document simulated again (five runs)
 * reproduces the log's wait and cycle times.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import {
  compareWithLog,
  discoverProcess,
  logKpis,
  readCsvLog,
  simulatedLog,
} from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, eventLogCsv, runReplicationSync } from '@flowsmith/simulation';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[];
const desk: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'desk',
  name: 'Desk',
  calendars: [
    { id: 'open', name: 'Open', week: [{ days: weekdays, from: '09:00', to: '21:00' }] },
    { id: 'early', name: 'Early', week: [{ days: weekdays, from: '09:00', to: '17:00' }] },
    { id: 'late', name: 'Late', week: [{ days: weekdays, from: '13:00', to: '21:00' }] },
  ],
  roles: [
    {
      id: 'agent',
      name: 'Agent',
      calendar: 'open',
      members: [
        { id: 'ann', calendar: 'early' },
        { id: 'bob', calendar: 'late' },
      ],
    },
  ],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 20 }, calendar: 'open' },
    },
    {
      id: 'answer',
      type: 'task',
      name: 'Answer',
      role: 'agent',
      duration: { dist: 'triangular', min: 5, mode: 10, max: 20 },
    },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'answer' },
    { id: 'f2', from: 'answer', to: 'end' },
  ],
};

describe('simulate → log with people → discover members with their hours → validate', () => {
  it('gives each agent their hours and simulates the log back', async () => {
    const settings = { cases: 3000, warmup: 0, replications: 1 };
    const run = runReplicationSync(desk, { ...settings, seed: 3 }, 0, { recordLog: true });
    const { log } = await readCsvLog(eventLogCsv(run.log!), {
      mapping: { role: 'resource', resource: 'person' },
    });
    const doc = discoverProcess(log, { noise: 0 }).document;
    const agent = doc.roles.find((r) => r.id === 'agent')!;
    const hoursOf = (id: string | undefined) =>
      doc.calendars?.find((c) => c.id === (id ?? agent.calendar))?.week;
    expect(agent.members?.map((m) => m.id)).toEqual(['ann', 'bob']);
    expect(hoursOf(agent.members![0]!.calendar)).toEqual([
      { days: weekdays, from: '09:00', to: '17:00' },
    ]);
    expect(hoursOf(agent.members![1]!.calendar)).toEqual([
      { days: weekdays, from: '13:00', to: '21:00' },
    ]);
    expect(doc.description).toContain('agent: the people work different hours');

    const validate = (d: ProcessDocument) => {
      const runs = [11, 12, 13, 14, 15].map((seed) => {
        const again = runReplicationSync(d, { ...settings, seed }, 0, { recordLog: true });
        return logKpis(simulatedLog(again.log!, true, DEFAULT_LOG_EPOCH), d);
      });
      return compareWithLog(logKpis(log, d), runs).rows.filter((r) => r.pass === false);
    };
    expect(validate(doc)).toEqual([]);
    // Two agents both there all day long: the cases go through faster than the log says.
    const together = {
      ...doc,
      roles: doc.roles.map((r) => ({ ...r, members: undefined, capacity: 2 })),
    };
    expect(validate(together).map((r) => r.metric)).toContain('cycleMean');
  });
});
