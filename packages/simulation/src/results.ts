/**
 * Results of the simulation: plain, JSON-serialisable objects (they cross worker boundaries).
 * All times are minutes.
 */

/** Summary of a sample of cycle times (minutes). */
export interface CycleTimeStats {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

/** A signal over time: the time-average in consecutive bins of `binWidth` minutes from time 0. */
export interface TimeSeries {
  binWidth: number;
  values: number[];
}

/** What one step did in one replication (measured cases only). */
export interface StepResult {
  /** Executions (a loop may run a step several times per case). */
  count: number;
  /** Mean wait for a free member of the role (0 for steps without a role). */
  waitMean: number;
  /** Mean service (touch) time, or timer duration. */
  serviceMean: number;
  /** Share of executions whose wait plus service exceeded the step's SLA (0 without one). */
  slaBreachRate: number;
}

/** What one role did in one replication (over the measurement window). */
export interface RoleResult {
  /** Busy time ÷ (capacity × working time in the window). */
  utilization: number;
  /** Time-average number of tasks waiting for this role. */
  queueMean: number;
  queueMax: number;
  /** Waiting tasks over time. */
  queue: TimeSeries;
  /** Members busy over time. */
  busy: TimeSeries;
}

/** What one named member (person) did in one replication, over all its roles. */
export interface PersonResult {
  /** Busy time ÷ the person's own open time in the window. */
  utilization: number;
  /** Busy minutes (work started in the window). */
  busy: number;
}

/** One step of a case's run, as the token game fires it (test mode, `recordTraces`). */
export interface TraceEntry {
  step: string;
  /** The flow an xor sent the case along. */
  flow?: string;
  /** The flows an or split sent the case along (one or more, document order). */
  flows?: string[];
  time: number;
}

/** The firing sequence of one case (top-level steps), with the data its conditions read. */
export interface CaseTrace {
  caseId: number;
  data?: Record<string, number | string | boolean>;
  steps: TraceEntry[];
}

/** One execution of a task or timer, for the event log. */
export interface LogEntry {
  replication: number;
  caseId: number;
  step: string;
  stepName: string;
  role: string;
  /** The named member who did the work (roles with `members`). */
  person?: string;
  /** When the case reached the step, started being served, and finished there. */
  ready: number;
  start: number;
  end: number;
}

/** The outcome of one replication. Plain data: `JSON.stringify` round-trips it. */
export interface ReplicationResult {
  index: number;
  /** The seed this replication's streams derive from. */
  seed: number;
  /** Measured cases completed. */
  cases: number;
  /** Cases that arrived in total (warm-up included). */
  arrived: number;
  /** Cases still in the process when the run ended (horizon) or stuck (a join that never fires). */
  unfinished: number;
  events: number;
  /** Simulated time at the end. */
  endTime: number;
  /** Start and end of the measurement window of the time-averages. */
  window: [number, number];
  cycleTime: CycleTimeStats;
  /** Mean per case of the time spent waiting (for roles, and on timers), and of touch time (summed over tasks). */
  waitingTime: number;
  workingTime: number;
  /** Mean per case of role hourly cost × busy time. */
  costPerCase: number;
  /** Share of cases over the scenario's SLA or over any step SLA. */
  slaBreachRate: number;
  /** Cases per hour: measured cases over the arrival window (case count), or completions in the window (horizon). */
  throughputPerHour: number;
  wip: { mean: number; max: number; series: TimeSeries };
  steps: Record<string, StepResult>;
  roles: Record<string, RoleResult>;
  /** Per named member (`Role.members`), when the process has any. */
  people?: Record<string, PersonResult>;
  traces?: CaseTrace[];
  log?: LogEntry[];
}
