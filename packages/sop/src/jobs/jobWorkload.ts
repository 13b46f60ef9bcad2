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
  /** Minutes of work a case brings to this step: visits per case × mean duration. */
  minutesPerCase(step: TaskStep): number;
  /** Working hours a week of one person in the post: its calendar's, else 40. */
  hoursPerPerson(role: Role): number;
  /** Hours a week the post has: hours per person × headcount (capacity). */
  availableHours(role: Role): number;
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
  const hoursPerPerson = (role: Role) => {
    const calendar = role.calendar ? calendars.get(role.calendar) : undefined;
    const minutes = calendar ? workingWeek(calendar).minutes : 0;
    return minutes > 0 ? minutes / 60 : DEFAULT_WEEK_HOURS;
  };
  return {
    casesPerWeek,
    minutesPerCase: (s) =>
      (m.steps[s.id]?.visits ?? 0) * (s.duration ? distributionMean(s.duration) : 0),
    hoursPerPerson,
    availableHours: (role) => hoursPerPerson(role) * (role.capacity ?? 1),
    calendarName: (role) => {
      const calendar = role.calendar ? calendars.get(role.calendar) : undefined;
      return calendar && workingWeek(calendar).minutes > 0
        ? (calendar.name ?? calendar.id)
        : undefined;
    },
  };
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
