import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from './EventQueue';

describe('EventQueue', () => {
  it('SIM-KER-1 pops by time, then priority, then the order of pushing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 300,
        }),
        (events) => {
          const q = new EventQueue(2);
          events.forEach(([t, p], i) => q.push(t, p, i));
          const expected = events
            .map(([t, p], i) => ({ t, p, i }))
            .sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i);
          const got: number[] = [];
          while (q.pop()) got.push(q.payload);
          expect(got).toEqual(expected.map((e) => e.i));
          expect(q.size).toBe(0);
        },
      ),
    );
  });

  it('interleaves pushes and pops correctly and reports the next time', () => {
    const q = new EventQueue();
    q.push(5, 0, 1);
    q.push(3, 0, 2);
    expect(q.peekTime()).toBe(3);
    expect(q.pop() && q.payload).toBe(2);
    q.push(4, 1, 3);
    q.push(4, 0, 4);
    expect([q.pop() && q.payload, q.pop() && q.payload, q.pop() && q.payload]).toEqual([4, 3, 1]);
    expect(q.pop()).toBe(false);
    expect(q.peekTime()).toBe(Infinity);
  });
});
