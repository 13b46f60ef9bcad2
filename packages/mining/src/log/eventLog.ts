import type { MiningCode } from '../messages/miningMessages';

/** A value of a case or event attribute as read from a log. */
export type AttributeValue = string | number | boolean;

/**
 * One execution of an activity in a case. Times are milliseconds since 1970 (UTC). `complete` is
 * always there; `start` only when the log has start timestamps (XES `lifecycle:transition` start,
 * or a start column), which makes `complete - start` the touch time.
 */
export interface ActivityInstance {
  activity: string;
  start?: number;
  complete: number;
  resource?: string;
  role?: string;
}

/** A case: its id, its attributes and its activity instances in time order. */
export interface LogCase {
  id: string;
  attributes: Record<string, AttributeValue>;
  events: ActivityInstance[];
}

/** A log that was read: its cases (in order of first event) and what it holds. */
export interface EventLog {
  cases: LogCase[];
  /** True when at least one instance has a start timestamp. */
  hasStart: boolean;
  /** True when at least one instance has a role. */
  hasRole: boolean;
  /** True when at least one instance has a resource. */
  hasResource: boolean;
  /** False when the log has no timestamps at all (only the order of events in each case). */
  hasTime: boolean;
}

/** A row or element left out while reading, with where it was (1-based line) and why. */
export interface LogProblem {
  line: number;
  code: MiningCode;
  message: string;
}

/** What a reader returns: the log and every problem, never a thrown error for bad data. */
export interface ReadLogResult {
  log: EventLog;
  problems: LogProblem[];
  /** Problems beyond the first 1,000 are counted, not kept. */
  problemCount: number;
}
