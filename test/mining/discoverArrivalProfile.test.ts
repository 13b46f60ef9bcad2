/**
 * Arrival rates that change within the week (issue 19): cases arrive Monday to Friday 09:00–17:00,
 * twice as often in the mornings (`arrival.profile`); simulated (3,000 cases, seed 3), exported and
 * discovered back, the start step gets the calendar, the mean rate and a profile with mornings
 * about twice the afternoons; a log with one rate gets no profile.
 */
import { describe, expect, it } from 'vitest';
import type { ProcessDocument, StartStep } from '@flowsmith/model';
import { discoverProcess } from '@flowsmith/mining';
import { exportedLog } from './exportedLog';

const hours = Array.from({ length: 24 }, (_, h) => (h < 12 ? 2 : 1));
const office = (profile: boolean): ProcessDocument => ({
  format: 'flowsmith.process',
  version: 1,
  id: 'office',
  name: 'Office',
  calendars: [
    {
      id: 'office',
      name: 'Office',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    },
  ],
  roles: [{ id: 'clerk', name: 'Clerk', capacity: 20, calendar: 'office' }],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: {
        interarrival: { dist: 'exponential', mean: 10 },
        calendar: 'office',
        ...(profile ? { profile: { hours } } : {}),
      },
    },
    {
      id: 'work',
      type: 'task',
      name: 'Work',
      role: 'clerk',
      duration: { dist: 'triangular', min: 1, mode: 2, max: 4 },
    },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'work' },
    { id: 'f2', from: 'work', to: 'end' },
  ],
});

async function discoveredStart(doc: ProcessDocument): Promise<StartStep> {
  const log = await exportedLog(doc, { cases: 3000, seed: 3 });
  return discoverProcess(log, { noise: 0 }).document.steps.find(
    (s): s is StartStep => s.type === 'start',
  )!;
}

describe('simulate → log → discover the arrival profile', () => {
  it('finds the busy mornings, and no profile where the rate is one', async () => {
    const start = await discoveredStart(office(true));
    const arrival = start.arrival!;
    expect('rate' in arrival && arrival.rate.count).toBeCloseTo(6, 0);
    const found = arrival.profile?.hours;
    expect(found).toBeDefined();
    const mean = (from: number, to: number) =>
      found!.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    expect(mean(9, 12) / mean(12, 17)).toBeGreaterThan(1.7);
    expect(mean(9, 12) / mean(12, 17)).toBeLessThan(2.3);
    expect(arrival.profile?.days).toBeUndefined();
    expect((await discoveredStart(office(false))).arrival!.profile).toBeUndefined();
  });
});
