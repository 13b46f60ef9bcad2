import {
  distributionMean,
  workingWeek,
  type ProcessDocument,
  type Role,
  type TaskStep,
} from '@flowsmith/model';
import type { AnalysisResult } from '@flowsmith/analysis';

/** Clock minutes in a week: the analysis' arrival rate is cases per clock minute, averaged over the week. */
const CLOCK_WEEK = 7 * 24 * 60;

/** The standard working week of a post without a calendar (CONTRACTS: 40 h). */
export const DEFAULT_WEEK_HOURS = 40;

/** How much of a process's work falls on a post, and how much working time the post has. */
export interface JobWorkload {
  /** Cases a week at the process's arrival rate; 0 when it has none. */
  casesPerWeek: number;
  /**
   * Minutes of work a case brings to this step: visits per case × mean duration (the analysis'
   * figure: members' own durations and speeds count); a batch step's work is shared by the cases
   * of a batch (its part of the analysis' work of the role, SPEC.md B1).
   */
  minutesPerCase(step: TaskStep): number;
  /** Working hours a week of one person in the post: its calendar's, else 40. */
  hoursPerPerson(role: Role): number;
  /**
   * Hours a week the post has: the sum of its members' hours (each on their own calendar, else
   * the post's), else hours per person × headcount (capacity).
   */
  availableHours(role: Role): number;
  /** Whether some member of the post works other hours than the post's calendar gives. */
  membersOwnHours(role: Role): boolean;
  /** The name of the calendar the hours come from, or undefined for the 40-hour default. */
  calendarName(role: Role): string | undefined;
}

/**
 * The workload figures of a process's job descriptions, from its analysis: cases a week (the
 * arrival rate times the clock minutes of a week: the rate is already averaged over nights and
 * weekends), work per case per step, and each post's working week from its own calendar (no
 * calendar: {@link DEFAULT_WEEK_HOURS}), never the 168 clock hours. Pure.
 */
export function jobWorkload(doc: ProcessDocument, analysis: AnalysisResult): JobWorkload {
  const m = analysis.metrics;
  const calendars = new Map((doc.calendars ?? []).map((c) => [c.id, c]));
  const casesPerWeek =
    Number.isFinite(m.arrivalRate) && m.arrivalRate > 0 ? m.arrivalRate * CLOCK_WEEK : 0;
  const hoursOf = (calendarId: string | undefined) => {
    const calendar = calendarId ? calendars.get(calendarId) : undefined;
    const minutes = calendar ? workingWeek(calendar).minutes : 0;
    return minutes > 0 ? minutes / 60 : DEFAULT_WEEK_HOURS;
  };
  const hoursPerPerson = (role: Role) => hoursOf(role.calendar);
  const memberHours = (role: Role) =>
    (role.members ?? []).map((m) => hoursOf(m.calendar ?? role.calendar));
  const unbatched = (s: TaskStep) =>
    (m.steps[s.id]?.visits ?? 0) *
    (m.steps[s.id]?.serviceMean ?? (s.duration ? distributionMean(s.duration) : 0));
  const batched = (s: TaskStep) => {
    // The role's work per case counts a batch once for all its cases: what is left of it after
    // the role's other steps is its batch steps' work, shared in proportion to their unbatched work.
    const mine = doc.steps.filter(
      (t): t is TaskStep => t.type === 'task' && t.role !== undefined && t.role === s.role,
    );
    const plain = mine.filter((t) => !t.batch).reduce((sum, t) => sum + unbatched(t), 0);
    const weights = mine.filter((t) => t.batch).reduce((sum, t) => sum + unbatched(t), 0);
    const work = s.role === undefined ? undefined : m.roles[s.role]?.workPerCase;
    if (work === undefined || !(weights > 0)) return unbatched(s);
    const rest = Math.max(0, work - plain);
    return Math.min(unbatched(s), (rest * unbatched(s)) / weights);
  };
  return {
    casesPerWeek,
    minutesPerCase: (s) => (s.batch ? batched(s) : unbatched(s)),
    hoursPerPerson,
    availableHours: (role) =>
      role.members?.length
        ? memberHours(role).reduce((sum, h) => sum + h, 0)
        : hoursPerPerson(role) * (role.capacity ?? 1),
    membersOwnHours: (role) => memberHours(role).some((h) => h !== hoursPerPerson(role)),
    calendarName: (role) => {
      const calendar = role.calendar ? calendars.get(role.calendar) : undefined;
      return calendar && workingWeek(calendar).minutes > 0
        ? (calendar.name ?? calendar.id)
        : undefined;
    },
  };
}

/** The people a post has: its members when it lists them, else its capacity (default 1). Pure. */
export function headcount(role: Role): number {
  return role.members?.length ? role.members.length : (role.capacity ?? 1);
}

/** Hours as a document writes them: one decimal, none when whole. Pure. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

/** A share of working time: whole percent, one decimal below 1 %, never "-0". Pure. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  const percent = share * 100;
  if (percent > 0 && percent < 1) return `${Math.round(percent * 10) / 10}%`;
  return `${Math.max(0, Math.round(percent))}%`;
}
