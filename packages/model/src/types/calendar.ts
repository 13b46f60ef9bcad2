/** Day names used by calendars. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The weekdays, Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A block of working time on some days: `from`/`to` are `HH:MM` or `HH:MM:SS` (seconds for
 * calendars finer than a minute), `to` after `from`; `to` may be `24:00`.
 */
export interface WorkingHours {
  days: Weekday[];
  from: string;
  to: string;
}

/** When a role (or an arrival stream) is available. */
export interface Calendar {
  id: string;
  name?: string;
  /** IANA time zone, e.g. `Asia/Shanghai`; informative (simulation time starts Monday 00:00). */
  timezone?: string;
  week: WorkingHours[];
}
