import { describe, expect, it } from 'vitest';
import { build, type Calendar, type ProcessDocument } from '@flowsmith/model';
import { runReplicationSync } from '../runReplication';
import { eventLogCsv } from '../eventLog/eventLogCsv';
import { WorkCalendar } from '../calendar/WorkCalendar';

const H = 60;
const D = 1440;
const office: Calendar = {
  id: 'office',
  week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
};

/** (o) → work (clerk, office hours) → (o); arrivals on the office calendar. */
function officeProcess(extra: Partial<ProcessDocument> = {}): ProcessDocument {
  return {
    ...build.processOf('office', {
      roles: [{ ...build.role('clerk', 3), calendar: 'office' }],
      steps: [
        {
          id: 'start',
          type: 'start',
          name: 'start',
          arrival: { interarrival: build.exp(30), calendar: 'office' },
        },
        build.task('work', 'clerk', 20),
        build.end(),
      ],
      flows: [build.flow('start', 'work'), build.flow('work', 'end')],
    }),
    calendars: [office],
    ...extra,
  };
}

describe('arrival rules and the start in the engine', () => {
  it('SIM-CAL-5 the start moves every calendar: from Saturday 10:00 nothing starts before Monday 09:00', () => {
    const doc = officeProcess({ simulation: { start: '2024-01-06T10:00' } });
    const r = runReplicationSync(doc, { cases: 200, warmup: 0 }, 0, { recordLog: true });
    const local = new WorkCalendar(office); // phase 0: local week time
    const phase = 5 * D + 10 * H;
    const starts = r.log!.map((e) => e.start);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(2 * D - H); // Monday 09:00
    for (const t of starts) expect(local.isOpen(t + phase)).toBe(true);
    // The event log writes local time from the start.
    const firstRow = eventLogCsv(r.log!, Date.UTC(2024, 0, 6, 10)).split('\r\n')[1]!;
    expect(firstRow).toContain('2024-01-08T09:');
  });

  it('SIM-ARR-1 overrides.arrivalRule wallClock adds the arrivals at each opening', () => {
    const horizon = 20 * 7 * D;
    const count = (arrivalRule?: 'wallClock') =>
      runReplicationSync(
        officeProcess(),
        { horizon, overrides: arrivalRule ? { arrivalRule } : {} },
        0,
      ).arrived;
    const open = count();
    const wall = count('wallClock');
    // Open time: 40 h a week / 30 min = 80 a week; wall clock: + 5 openings a week.
    const weeks = 20;
    expect(Math.abs(open - weeks * 80)).toBeLessThan(4.5 * Math.sqrt(weeks * 80));
    expect(Math.abs(wall - weeks * 85)).toBeLessThan(4.5 * Math.sqrt(weeks * 80));
    // The document's own rule gives the same as the override (same seed, same draws).
    const docRule = officeProcess();
    const startStep = docRule.steps[0]!;
    if (startStep.type === 'start' && startStep.arrival) startStep.arrival.rule = 'wallClock';
    expect(runReplicationSync(docRule, { horizon }, 0).arrived).toBe(wall);
  });

  it('SIM-ARR-3 a profile with no weight in the open hours is refused', () => {
    const doc = officeProcess();
    const s = doc.steps[0]!;
    if (s.type === 'start' && s.arrival)
      s.arrival.profile = { hours: Array.from({ length: 24 }, (_, h) => (h < 6 ? 1 : 0)) };
    expect(() => runReplicationSync(doc, { cases: 10 }, 0)).toThrow(/no weight to any open hour/);
  });
});
