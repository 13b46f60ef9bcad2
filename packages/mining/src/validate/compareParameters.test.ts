import { describe, expect, it } from 'vitest';
import type { ProcessDocument } from '@flowsmith/model';
import { compareParameters } from './compareParameters';

const doc = (mean: number, p: number, capacity: number): ProcessDocument => ({
  format: 'flowsmith.process',
  version: 1,
  id: 'd',
  name: 'D',
  roles: [{ id: 'clerk', name: 'Clerk', capacity }],
  steps: [
    {
      id: 's',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 10 } },
    },
    { id: 'x', type: 'xor', name: '?' },
    {
      id: 'a',
      type: 'task',
      name: 'A',
      role: 'clerk',
      duration: { dist: 'exponential', mean },
    },
    { id: 'b', type: 'timer', name: 'B', duration: { dist: 'fixed', value: 1, unit: 'd' } },
    { id: 'm', type: 'xor', name: '?' },
    { id: 'e', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'x' },
    { id: 'f2', from: 'x', to: 'a', probability: p },
    { id: 'f3', from: 'x', to: 'b', probability: 1 - p },
    { id: 'f4', from: 'a', to: 'm' },
    { id: 'f5', from: 'b', to: 'm' },
    { id: 'f6', from: 'm', to: 'e' },
  ],
});

describe('compareParameters', () => {
  it('passes a document against itself, branches keyed by the steps they lead to', () => {
    const rows = compareParameters(doc(5, 0.3, 2), doc(5, 0.3, 2));
    expect(rows.map((r) => [r.kind, r.name, r.pass])).toEqual([
      ['duration', 'A', true],
      ['duration', 'B', true],
      ['arrival', 'arrival', true],
      ['probability', 'A | B → A', true],
      ['probability', 'A | B → B', true],
      ['capacity', 'clerk', true],
    ]);
  });

  it('fails a mean 6 % off, a probability 0.03 off and a capacity the log shows differently', () => {
    const rows = compareParameters(doc(5, 0.3, 2), doc(5.3, 0.33, 1));
    expect(rows.filter((r) => !r.pass).map((r) => r.name)).toEqual([
      'A',
      'A | B → A',
      'A | B → B',
      'clerk',
    ]);
    // A log without people: a capacity of 2 it never reaches (one at a time at most) cannot come back.
    const unreached = compareParameters(doc(5, 0.3, 2), doc(5, 0.3, 1), new Map([['clerk', 1]]));
    expect(unreached.find((r) => r.kind === 'capacity')?.pass).toBe(true);
  });

  it('counts members as the capacity, and reports the difference', () => {
    const known = doc(5, 0.3, 2);
    known.roles[0] = { id: 'clerk', name: 'Clerk', members: [{ id: 'ann' }, { id: 'bob' }] };
    const row = compareParameters(known, doc(5, 0.3, 3)).find((r) => r.kind === 'capacity')!;
    expect(row).toMatchObject({ known: 2, found: 3, error: 1, pass: false });
    expect(compareParameters(known, doc(5, 0.3, 2)).find((r) => r.kind === 'capacity')!.pass).toBe(
      true,
    );
  });
});
