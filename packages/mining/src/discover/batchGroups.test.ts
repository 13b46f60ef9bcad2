import { describe, expect, it } from 'vitest';
import { timestampResolution } from './batchGroups';

const MIN = 60_000;

describe('timestampResolution', () => {
  it('is the largest unit at whose same point most instants fall', () => {
    const t0 = Date.UTC(2024, 0, 1, 9);
    expect(timestampResolution([0, 15, 30, 45, 60, 75].map((m) => t0 + m * MIN))).toBe(15 * MIN);
    expect(timestampResolution([t0 + MIN, t0 + 120_000, t0 + 7 * MIN])).toBe(MIN);
    expect(timestampResolution([t0 + 1000, t0 + 62_000, t0 + 3000, t0])).toBe(1000);
    expect(timestampResolution([t0 + 1, t0 + 62_003, t0 + 3005])).toBe(1);
    // Days written in +02:00: 22:00 UTC each.
    const days = [1, 2, 5, 9].map((d) => Date.UTC(2024, 0, d) - 2 * 3_600_000);
    expect(timestampResolution(days)).toBe(86_400_000);
  });
});
