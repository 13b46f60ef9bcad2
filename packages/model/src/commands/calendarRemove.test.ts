import { describe, expect, it } from 'vitest';
import { gallery } from '../testing/processes';
import type { ProcessDocument } from '../types/process';
import { expectRefusal, expectRoundTrip } from './expectRoundTrip';

const week = [{ days: ['mon' as const], from: '09:00', to: '17:00' }];
const doc: ProcessDocument = {
  ...gallery.mm1,
  roles: [{ id: 'clerk', name: 'clerk', calendar: 'office' }],
  calendars: [
    { id: 'office', week },
    { id: 'arrivals', week },
    { id: 'spare', week },
  ],
  steps: gallery.mm1.steps.map((s) =>
    s.type === 'start'
      ? { ...s, arrival: { interarrival: { dist: 'fixed', value: 5 }, calendar: 'arrivals' } }
      : s,
  ),
};

describe('calendar.remove', () => {
  it('removes an unused calendar', () => {
    const { patch } = expectRoundTrip(doc, { id: 'calendar.remove', params: { id: 'spare' } });
    expect(patch.removed).toEqual([
      { collection: 'calendars', index: 2, record: { id: 'spare', week } },
    ]);
  });
  it('refuses while a role or a start arrival uses it, and unknown calendars', () => {
    expectRefusal(
      doc,
      { id: 'calendar.remove', params: { id: 'office' } },
      'calendar.inUse',
      'role "clerk"',
    );
    expectRefusal(
      doc,
      { id: 'calendar.remove', params: { id: 'arrivals' } },
      'calendar.inUse',
      'step "start"',
    );
    expectRefusal(doc, { id: 'calendar.remove', params: { id: 'x' } }, 'calendar.unknown', 'x');
  });
});
