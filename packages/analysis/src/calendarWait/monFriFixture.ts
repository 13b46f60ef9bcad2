import { build, type ProcessDocument } from '@flowsmith/model';

/**
 * The calendar test case of issue 18 item 8: one clerk working Mon–Fri 09:00–17:00, cases
 * arriving around the clock (exponential, mean `interarrival` minutes), one task of exponential
 * `service` minutes. Its waits are mostly closed hours: the nights and the weekend.
 */
export function monFriFixture(interarrival = 60, service = 10): ProcessDocument {
  const { processOf, start, end, task, flow } = build;
  return processOf('mon-fri', {
    calendars: [
      {
        id: 'office',
        week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
      },
    ],
    roles: [{ id: 'clerk', name: 'clerk', capacity: 1, calendar: 'office' }],
    steps: [start('start', interarrival), task('handle', 'clerk', service), end()],
    flows: [flow('start', 'handle'), flow('handle', 'end')],
  });
}
