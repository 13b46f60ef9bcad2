/**
 * People with hours of their own (issue 19): a help desk whose two agents work 09:00–17:00 and
 * 13:00–21:00 is simulated (3,000 cases, seed 3, `members` with their own calendars), its log
 * exported with the person column and discovered back: the role comes back with both people as
 * members, each with their hours, and the discovered document simulated again (five runs)
 * reproduces the log's wait and cycle times; an agent who stops for lunch gets the break in her
 * own calendar while the desk's stays one block a day. Three clerks of speeds 2, 1 and 0.5 come
 * back as members with those speeds (up to the scale a log cannot tell), every person's mean time
 * per task within 5 %; the same clerks at one speed get none, and neither does any example of examples/
 * read with its capacity units as people (nor do its calendars get breaks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionMean, parseProcess, type ProcessDocument } from '@flowsmith/model';
import {
  compareWithLog,
  discoverProcess,
  logKpis,
  readCsvLog,
  simulatedLog,
} from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, eventLogCsv, runReplicationSync } from '@flowsmith/simulation';
import { exportedLog, simulatedFigures } from './exportedLog';

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
    const log = await exportedLog(desk, { ...settings, seed: 3 });
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
    // The two agents work at the same pace: no speeds.
    expect(agent.members!.filter((m) => m.speed !== undefined)).toEqual([]);
    expect(doc.description).not.toContain('speed');

    const validate = (d: ProcessDocument) => {
      const runs = simulatedFigures(d, settings.cases, [11, 12, 13, 14, 15]);
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

/** Three clerks of `speeds` checking and deciding every case, around the clock. */
function office(speeds: number[]): ProcessDocument {
  const names = ['amy', 'ben', 'cai'];
  return {
    format: 'flowsmith.process',
    version: 1,
    id: 'office',
    name: 'Office',
    roles: [
      {
        id: 'clerk',
        name: 'Clerk',
        members: speeds.map((speed, i) => ({ id: names[i]!, ...(speed !== 1 ? { speed } : {}) })),
      },
    ],
    steps: [
      {
        id: 'start',
        type: 'start',
        name: 'Start',
        arrival: { interarrival: { dist: 'exponential', mean: 12 } },
      },
      {
        id: 'check',
        type: 'task',
        name: 'Check',
        role: 'clerk',
        duration: { dist: 'triangular', min: 4, mode: 8, max: 18 },
      },
      {
        id: 'decide',
        type: 'task',
        name: 'Decide',
        role: 'clerk',
        duration: { dist: 'exponential', mean: 6 },
      },
      { id: 'end', type: 'end', name: 'End' },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'check' },
      { id: 'f2', from: 'check', to: 'decide' },
      { id: 'f3', from: 'decide', to: 'end' },
    ],
  };
}

describe('a person’s lunch break', () => {
  it('gives the early agent 09:00–12:00 and 13:00–17:00 while the desk stays open', async () => {
    // Ann stops for lunch; Bob works 11:00–21:00, so the desk is staffed all day.
    const lunch = {
      id: 'early',
      name: 'Early',
      week: [
        { days: weekdays, from: '09:00', to: '12:00' },
        { days: weekdays, from: '13:00', to: '17:00' },
      ],
    };
    const known = {
      ...desk,
      calendars: desk.calendars!.map((c) =>
        c.id === 'early'
          ? lunch
          : c.id === 'late'
            ? { ...c, week: [{ ...c.week[0]!, from: '11:00' }] }
            : c,
      ),
    };
    const log = await exportedLog(known, { cases: 3000, seed: 3 });
    const doc = discoverProcess(log, { noise: 0 }).document;
    const agent = doc.roles.find((r) => r.id === 'agent')!;
    const hoursOf = (id: string | undefined) => doc.calendars?.find((c) => c.id === id)?.week;
    expect(hoursOf(agent.calendar)).toEqual([{ days: weekdays, from: '09:00', to: '21:00' }]);
    expect(hoursOf(agent.members![0]!.calendar)).toEqual(lunch.week);
    expect(hoursOf(agent.members![1]!.calendar)).toEqual([
      { days: weekdays, from: '11:00', to: '21:00' },
    ]);
  });
});

describe('simulate → log with people → discover their speeds', () => {
  const discover = async (known: ProcessDocument) => {
    const log = await exportedLog(known, { cases: 3000, seed: 3 });
    return { log, doc: discoverProcess(log, { noise: 0 }).document };
  };

  it('gives clerks of speeds 2, 1 and 0.5 their speeds, the tasks their times at speed 1', async () => {
    const known = office([2, 1, 0.5]);
    const { log, doc } = await discover(known);
    const members = doc.roles.find((r) => r.id === 'clerk')!.members!;
    expect(members.map((m) => m.id)).toEqual(['amy', 'ben', 'cai']);
    // A log tells speeds only relative to each other (speed 1 = the activity's average pace):
    // compared relative to ben's.
    const speed = (id: string) => members.find((m) => m.id === id)!.speed ?? 1;
    expect(Math.abs(speed('amy') / speed('ben') / 2 - 1)).toBeLessThan(0.1);
    expect(Math.abs(speed('cai') / speed('ben') / 0.5 - 1)).toBeLessThan(0.1);
    // Each person's mean time per task (the task's mean ÷ their speed) as in the known model.
    for (const name of ['Check', 'Decide']) {
      const mean = (d: ProcessDocument) => {
        const s = d.steps.find((x) => x.name === name);
        return s?.type === 'task' && s.duration ? distributionMean(s.duration) : NaN;
      };
      for (const [i, id] of ['amy', 'ben', 'cai'].entries()) {
        const truth = mean(known) / [2, 1, 0.5][i]!;
        expect(Math.abs(mean(doc) / speed(id) / truth - 1)).toBeLessThan(0.05);
      }
    }
    expect(doc.description).toContain('clerk: the people take clearly different times');
    expect(doc.roles[0]!.capacity).toBeUndefined();
    // Simulated again (seed 11), the mixture of paces gives the log's figures back: every row
    // within 1 % but Decide's wait (−7 %).
    const failing = (d: ProcessDocument) => {
      const settings = { cases: 3000, warmup: 0, replications: 1, seed: 11 };
      const again = runReplicationSync(d, settings, 0, { recordLog: true });
      const simulated = logKpis(simulatedLog(again.log!, true, DEFAULT_LOG_EPOCH), d);
      return compareWithLog(logKpis(log, d), simulated).rows.filter((r) => r.pass === false);
    };
    expect(failing(doc)).toEqual([]);
    // Three clerks at one pace: the same touch times, but Decide's wait is 30 % too long.
    const onePace = doc.roles.map((r) => ({ ...r, members: undefined, capacity: 3 }));
    expect(failing({ ...doc, roles: onePace }).map((r) => r.metric)).toEqual(['wait']);
  });

  it('gives clerks of one speed none', async () => {
    const { doc } = await discover(office([1, 1, 1]));
    const clerk = doc.roles.find((r) => r.id === 'clerk')!;
    expect(clerk.members).toBeUndefined();
    expect(clerk.capacity).toBe(3);
  });
});

describe('examples read with their people: no speeds, no breaks', () => {
  const dir = join(__dirname, '../../examples');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.flow.json')))('%s', async (file) => {
    const parsed = parseProcess(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const settings = { cases: 2000, warmup: 0, replications: 1, seed: 3 };
    const run = runReplicationSync(parsed.document, settings, 0, { recordLog: true });
    const { log } = await readCsvLog(eventLogCsv(run.log!), {
      mapping: { role: 'role', resource: 'resource' },
    });
    const doc = discoverProcess(log, { noise: 0 }).document;
    expect(doc.roles.flatMap((r) => r.members ?? []).filter((m) => m.speed)).toEqual([]);
    for (const c of doc.calendars ?? []) {
      const days = c.week.flatMap((w) => w.days);
      expect(new Set(days).size).toBe(days.length);
    }
  });
});
