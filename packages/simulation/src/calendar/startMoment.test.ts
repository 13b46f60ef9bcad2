import { describe, expect, it } from 'vitest';
import { DEFAULT_START, startMoment } from './startMoment';

describe('startMoment', () => {
  it('SIM-CAL-5 the default start is Monday 1 January 2024, 00:00: phase 0', () => {
    expect(startMoment(DEFAULT_START)).toEqual({ epochMs: Date.UTC(2024, 0, 1), weekPhase: 0 });
  });

  it("SIM-CAL-5 the phase is the minutes since that week's Monday 00:00", () => {
    // 2026-12-06 is a Sunday.
    expect(startMoment('2026-12-06T08:30')!.weekPhase).toBe(6 * 1440 + 510);
    expect(startMoment('2024-01-03T10:00:30')).toEqual({
      epochMs: Date.UTC(2024, 0, 3, 10, 0, 30),
      weekPhase: 2 * 1440 + 600.5,
    });
  });

  it('SIM-CAL-5 refuses what is not a real local date-time', () => {
    for (const bad of [
      '2024-02-30T09:00',
      '2023-02-29T09:00',
      '2024-01-01T24:00',
      '2024-01-01 09:00',
      '2024-01-01T09:00Z',
      '2024-13-01T09:00',
      '0050-01-01T00:00',
      '',
    ])
      expect(startMoment(bad)).toBeNull();
    expect(startMoment('2024-02-29T23:59:59')).not.toBeNull();
  });
});
