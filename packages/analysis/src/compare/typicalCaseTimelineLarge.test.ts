import { describe, expect, it } from 'vitest';
import { generateProcess } from '@flowsmith/model';
import { typicalCaseTimeline } from './typicalCaseTimeline';

// Issue 14: `report` on 20,000 steps ended in "Maximum call stack size exceeded" inside the
// recursive walk of the typical case, after minutes of quadratic settling.
describe('typicalCaseTimeline on a long process', () => {
  it('walks 20,000 steps without recursion and ends after the last bar', () => {
    const doc = generateProcess({ steps: 20_000, seed: 1 });
    const t = typicalCaseTimeline(doc);
    expect(t.bars.length).toBeGreaterThan(1_000);
    expect(t.end).toBeGreaterThanOrEqual(Math.max(...t.bars.map((b) => b.end)));
    expect(t.bars.some((b) => b.critical)).toBe(true);
  });
});
