import { describe, expect, it } from 'vitest';
import { workingHoursProblem } from './workingHoursProblem';

describe('workingHoursProblem (the calendar form)', () => {
  it('accepts seconds and 24:00 as the model does', () => {
    expect(workingHoursProblem('09:00', '18:00')).toBeUndefined();
    expect(workingHoursProblem('08:30:15', '17:45:30')).toBeUndefined();
    expect(workingHoursProblem('22:00', '24:00')).toBeUndefined();
    expect(workingHoursProblem('00:00:00', '24:00:00')).toBeUndefined();
  });

  it('refuses what is not a time of day, and an end not after the start (to the second)', () => {
    for (const bad of ['9:00', '24:01', '12:60', '12:00:60', 'noon', ''])
      expect(workingHoursProblem(bad, '18:00')).toBe('format');
    expect(workingHoursProblem('09:00', '25:00')).toBe('format');
    expect(workingHoursProblem('09:00:30', '09:00:30')).toBe('order');
    expect(workingHoursProblem('09:00:30', '09:00')).toBe('order');
    expect(workingHoursProblem('24:00', '24:00')).toBe('order');
  });
});
