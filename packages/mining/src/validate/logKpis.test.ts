import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import { logKpis } from './logKpis';

/** One role doing task A; `members` people by name, else `capacity`. */
const doc = (role: { capacity?: number; members?: { id: string }[] }): ProcessDocument => ({
  format: 'flowsmith.process',
  version: 1,
  id: 'd',
  name: 'D',
  roles: [{ id: 'clerk', name: 'Clerk', ...role }],
  steps: [
    { id: 's', type: 'start', name: 'Start' },
    { id: 'a', type: 'task', name: 'A', role: 'clerk' },
    { id: 'e', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'a' },
    { id: 'f2', from: 'a', to: 'e' },
  ],
});

/** Two cases doing A for the same hour. */
const log: EventLog = {
  cases: ['c1', 'c2'].map((id) => ({
    id,
    attributes: {},
    events: [{ activity: 'A', start: 0, complete: 3_600_000 }],
  })),
  hasStart: true,
  hasRole: false,
  hasResource: false,
  hasTime: true,
};

describe('logKpis', () => {
  it('divides a role’s busy time by its capacity, or by its number of people', () => {
    expect(logKpis(log, doc({ capacity: 2 })).roles.clerk).toEqual({
      busyMinutes: 120,
      capacity: 2,
      utilisation: 1,
    });
    // A role with members has no capacity of its own: its people are its capacity.
    expect(logKpis(log, doc({ members: [{ id: 'ann' }, { id: 'bo' }] })).roles.clerk).toEqual({
      busyMinutes: 120,
      capacity: 2,
      utilisation: 1,
    });
    expect(logKpis(log, doc({})).roles.clerk!.utilisation).toBe(2);
  });
});
