/**
 * Role calendars from the log (issue 19): examples whose roles work Monday to Friday 09:00–18:00
 * are simulated with a seed (2,000 cases), their log exported as CSV and discovered back. Every
 * role comes back with that calendar (shared, and shared with the arrivals), and the discovered
 * document simulated again (another seed) reproduces the log's cycle times and waits within the
 * tolerances, measured as `flowsmith discover --validate` does (waits and touch times of a role
 * with a calendar in its working minutes). A clerk who stops for lunch 12:00–13:00 comes back with
 * the break (two blocks a day) and durations within 5 % in working minutes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionMean, parseProcess, type ProcessDocument } from '@flowsmith/model';
import {
  compareWithLog,
  discoverProcess,
  logKpis,
  roleWorkingMinutes,
  simulatedLog,
} from '@flowsmith/mining';
import { DEFAULT_LOG_EPOCH, runReplicationSync } from '@flowsmith/simulation';
import { exportedLog } from './exportedLog';

const OFFICE = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '18:00' }];

describe('examples with office hours: simulate → log → discover role calendars → validate', () => {
  it.each(['customer-complaint.flow.json', 'employee-onboarding.flow.json'])('%s', async (file) => {
    const parsed = parseProcess(
      JSON.parse(readFileSync(join(__dirname, '../../examples', file), 'utf8')),
    );
    if (!parsed.ok) throw new Error(`${file} is not valid`);
    const settings = { cases: 2000, warmup: 0, replications: 1 };
    const log = await exportedLog(parsed.document, { ...settings, seed: 3 });
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

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[];
/** A clerk working 09:00–12:00 and 13:00–17:00; cases arrive in the same hours. */
const lunch: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'lunch',
  name: 'Lunch',
  calendars: [
    {
      id: 'day',
      name: 'Day',
      week: [
        { days: weekdays, from: '09:00', to: '12:00' },
        { days: weekdays, from: '13:00', to: '17:00' },
      ],
    },
  ],
  roles: [{ id: 'clerk', name: 'Clerk', capacity: 2, calendar: 'day' }],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 25 }, calendar: 'day' },
    },
    {
      id: 'check',
      type: 'task',
      name: 'Check',
      role: 'clerk',
      duration: { dist: 'triangular', min: 5, mode: 15, max: 40 },
    },
    {
      id: 'reply',
      type: 'task',
      name: 'Reply',
      role: 'clerk',
      duration: { dist: 'exponential', mean: 20 },
    },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'check' },
    { id: 'f2', from: 'check', to: 'reply' },
    { id: 'f3', from: 'reply', to: 'end' },
  ],
};

describe('a lunch break: simulate → log → discover the break back', () => {
  it('finds 12:00–13:00 off and the durations in working minutes', async () => {
    const log = await exportedLog(lunch, { cases: 3000, seed: 3 });
    const found = discoverProcess(log, { noise: 0 });
    const doc = found.document;
    const clerk = doc.roles.find((r) => r.id === 'clerk')!;
    const calendar = doc.calendars?.find((c) => c.id === clerk.calendar);
    expect(calendar?.week).toEqual(lunch.calendars![0]!.week);
    expect(calendar?.name).toBe('Working hours (Mon–Fri 09:00–12:00, 13:00–17:00)');
    expect(doc.description).toContain('clerk: no task starts or completes in a break');
    for (const s of lunch.steps) {
      if (s.type !== 'task') continue;
      const back = doc.steps.find((f) => f.name === s.name);
      const mean = back?.type === 'task' && back.duration ? distributionMean(back.duration) : NaN;
      expect(Math.abs(mean / distributionMean(s.duration!) - 1)).toBeLessThan(0.05);
    }
    // Both blocks of a day are named together, in Chinese too.
    const zh = discoverProcess(log, { noise: 0, lang: 'zh-CN' }).document;
    expect(zh.calendars?.find((c) => c.id === clerk.calendar)?.name).toBe(
      '工作时间（周一至周五 09:00–12:00、13:00–17:00）',
    );
  });
});
