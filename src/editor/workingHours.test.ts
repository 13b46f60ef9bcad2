import { describe, expect, it } from 'vitest';
import { build, parseProcess } from '@flowsmith/model';
import { officeCalendar, workingCalendarId } from './workingHours';
import { parseRows, rowsCall } from './tableText';

describe('working hours by default', () => {
  it('is a valid calendar of 45 working hours a week', () => {
    const doc = build.processOf('p', {
      calendars: [officeCalendar('zh-CN')],
      steps: [],
      flows: [],
    });
    expect(parseProcess(doc).ok).toBe(true);
    expect(officeCalendar('en').week[0]!.days).toHaveLength(5);
  });

  it('puts new roles on the office calendar, or the only calendar, or none', () => {
    const none = build.processOf('p', { steps: [], flows: [] });
    expect(workingCalendarId(none)).toBeUndefined();
    const only = { ...none, calendars: [{ id: 'shifts', week: [] }] };
    expect(workingCalendarId(only)).toBe('shifts');
    const both = { ...none, calendars: [{ id: 'shifts', week: [] }, officeCalendar('en')] };
    expect(workingCalendarId(both)).toBe('office');
  });

  it('gives roles created by a paste the working calendar', () => {
    const doc = build.processOf('p', { calendars: [officeCalendar('en')], steps: [], flows: [] });
    const { call } = rowsCall(doc, parseRows('a\tClerk').rows);
    expect(call.params).toMatchObject({ roles: [{ name: 'Clerk', calendar: 'office' }] });
  });
});
