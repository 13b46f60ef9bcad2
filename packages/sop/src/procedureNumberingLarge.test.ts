import { describe, expect, it } from 'vitest';
import { generateProcess } from '@flowsmith/model';
import { LARGE_PROCEDURE_STEPS, numberProcedure } from './procedureNumbering';

// Issue 14: grouping parallel branches took a reachable set per branch (over a minute and 1.6 GB
// for 20,000 steps); above the limit the procedure counts on in one sequence.
describe('numberProcedure on a large process', () => {
  it('numbers every step once, in one sequence, above the limit', () => {
    const doc = generateProcess({ steps: LARGE_PROCEDURE_STEPS + 500, seed: 4 });
    expect(doc.steps.some((s) => s.type === 'and')).toBe(true);
    const { order, numbers } = numberProcedure(doc, 6);
    expect(new Set(order).size).toBe(doc.steps.length);
    expect([...numbers.values()].every((n) => /^6\.\d+$/.test(n))).toBe(true);
  });

  it('still letters parallel branches below it', () => {
    const doc = generateProcess({ steps: 300, seed: 4 });
    const { numbers } = numberProcedure(doc, 6);
    expect([...numbers.values()].some((n) => /[a-z]/.test(n))).toBe(true);
  });
});
