import type { CommandCall, Lang, ProcessDocument } from '@flowsmith/model';
import type { EstimateExclusion } from './scope/estimateExcludes';

/** How bad a finding is: `error` breaks the process, `warning` wastes time or money, `info` is worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** The kinds of finding, stable ids the app and CI can rely on (docs/analysis.md lists them). */
export type FindingKind =
  // structure
  | 'no-start'
  | 'no-end'
  | 'unreachable'
  | 'dead-end'
  | 'deadlock'
  | 'lack-of-sync'
  | 'or-join'
  | 'livelock'
  | 'missing-role'
  | 'probabilities'
  | 'duplicate-flow'
  | 'superfluous-gateway'
  | 'dangling-flow'
  // capacity
  | 'overload'
  | 'bottleneck'
  | 'idle-role'
  | 'no-arrival'
  | 'subprocess-unresolved'
  // redundancy and waste
  | 'duplicate-steps'
  | 'redundant-approval'
  | 'rework-loop'
  | 'non-value-adding'
  | 'combine-candidate'
  | 'parallelize-candidate'
  | 'unused-output'
  | 'delay'
  // communication and responsibility
  | 'handoff-ping-pong'
  | 'raci-overlap'
  | 'raci-conflict'
  | 'raci-gap'
  // controls
  | 'duty-conflict';

/** Numbers behind a finding (minutes, rates, shares), keyed by what they measure. */
export type Evidence = Record<string, number>;

/** The lean ECRS moves plus reassigning work and adding capacity. */
export type SuggestionMove =
  'eliminate' | 'combine' | 'rearrange' | 'simplify' | 'reassign' | 'add-capacity';

/** What applying a suggestion is predicted to change (after minus before; negative is less). */
export interface PredictedEffect {
  cycleTimeMean: number;
  costPerCase: number;
  handoffsPerCase: number;
  bottleneckUtilization: number;
}

/** A change that addresses a finding: an ordinary, undoable list of model commands. */
export interface Suggestion {
  /** Stable: `<move>:<finding id>`. */
  id: string;
  move: SuggestionMove;
  /** One sentence in the requested language. */
  message: string;
  /** Applied in order with `executeCommand`; together they are one edit. */
  commands: CommandCall[];
  /** Step and role ids it changes; two suggestions that share one conflict. */
  touches: string[];
  /** Filled when `analyze` runs with `effects: true` (or by `predictEffect`). */
  effect?: PredictedEffect;
  /**
   * True when its predicted effect rests on an assumption its message states (e.g. "if a
   * checklist halves the send-backs"): worth trying, but not something `improve` should apply unasked.
   */
  assumption?: boolean;
}

/** Something the analysis noticed about the process. */
export interface Finding {
  /** Stable across runs of the same document: `<kind>:<ids>`. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** Step ids it concerns, in document order. */
  steps: string[];
  /** Role ids it concerns. */
  roles: string[];
  /** One or two sentences in the requested language, in the process owner's words. */
  message: string;
  evidence: Evidence;
  /** What the finding costs, per case and per week (docs/analysis.md, "Impact"); all 0 when it costs nothing measurable. */
  impact: FindingImpact;
  suggestions: Suggestion[];
  /**
   * Suggestions the judgement guard (judgement/checkSuggestion) refused to offer, each with the
   * reason in the requested language: they would remove or bypass a control, create a duty
   * conflict, or load a role above 80 %. Absent when none was refused.
   */
  withheld?: WithheldSuggestion[];
}

/** A suggestion that is not offered, and why (judgement/checkSuggestion). */
export interface WithheldSuggestion {
  suggestion: Suggestion;
  /** Stable code: `removes-control`, `bypasses-control`, `duty-conflict`, `overloads-role`, `new-bottleneck`. */
  code: string;
  /** One sentence in the requested language. */
  reason: string;
}

/** The size of a finding: what it accounts for in lead time, money and a role's working week. */
export interface FindingImpact {
  /** Minutes of lead time per case the finding accounts for. */
  leadTimeMinutes: number;
  /** Cost per case it accounts for, in the document's currency. */
  costPerCase: number;
  /** Hours per week of the role's time it accounts for (busy hours at the analysed arrival rate over a 7-day week). */
  roleHoursPerWeek: number;
}

/** Figures of one step, per case unless said; times in minutes. */
export interface StepMetrics {
  /** Expected number of times a case passes the step (visit ratio). */
  visits: number;
  /** Mean work (touch) time per visit; for a timer, its wait; for a subprocess, the child's cycle time. */
  serviceMean: number;
  /** Predicted mean wait per visit: in the role's queue, or the timer's duration. */
  waitMean: number;
  /** waitMean + serviceMean, per visit. */
  sojournMean: number;
}

/** Figures of one role; times in minutes. */
export interface RoleMetrics {
  /** Expected busy minutes per case. */
  workPerCase: number;
  /** Expected number of its steps a case passes. */
  visitsPerCase: number;
  /** Arrival rate × work per case ÷ (capacity × availability). 1 or more: the queue grows without end. */
  utilization: number;
  capacity: number;
  /** Share of the week its calendar makes it available (1 without a calendar). */
  availability: number;
  /** Predicted mean wait in its queue, per visit (Infinity when overloaded). */
  waitMean: number;
  costPerCase: number;
}

/** The analytic figures of a process. All times in minutes, rates per minute. */
export interface Metrics {
  /** Cases per minute over all start steps (0 when no start has an arrival). */
  arrivalRate: number;
  steps: Record<string, StepMetrics>;
  roles: Record<string, RoleMetrics>;
  cycleTime: {
    /** Predicted mean time from start to the last end (lead time). */
    mean: number;
    /** Of which work along the critical path. */
    touch: number;
    /** Of which waiting (queues and timers) along the critical path. */
    wait: number;
  };
  /** The work and wait steps a typical case passes (its most likely way, the longest parallel branch), in flow order. */
  criticalPath: string[];
  /** Total work per case over all branches (process time). */
  processTime: number;
  leadTime: number;
  /** Touch time on the critical path ÷ lead time (0..1). */
  flowEfficiency: number;
  /** Share of the lead time spent waiting or on NVA work (0..1). */
  nonValueAddingShare: number;
  costPerCase: number;
  /** Flows between tasks of different roles, weighted by how often cases take them. */
  handoffsPerCase: number;
  /** The most utilised role, if any role has work. */
  bottleneck: { role: string; utilization: number } | null;
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  lang?: Lang;
  /** Returns the child document of a subprocess step, to include its figures. */
  resolveProcess?: (id: string) => ProcessDocument | undefined;
  /** Attach suggestions to findings (default true). */
  suggestions?: boolean;
  /** Compute each suggestion's predicted effect by applying it and re-analysing (default false). */
  effects?: boolean;
}

/** What {@link analyze} returns. */
export interface AnalysisResult {
  metrics: Metrics;
  findings: Finding[];
  /** What the estimate does not model in this document (scope/estimateExcludes); absent when nothing. */
  excludes?: EstimateExclusion[];
}
