import type { Distribution } from './distribution';
import type { RoleKind } from './documentFields';

/** A role: the people (or machines) who do a kind of work. Becomes a swimlane. */
export interface Role {
  id: string;
  name: string;
  /** How many can work at once; default 1, at most {@link MAX_ROLE_CAPACITY}. */
  capacity?: number;
  /** Cost of one hour of this role's busy time, in the document's currency. */
  costPerHour?: number;
  /** Calendar id; default: always available. */
  calendar?: string;
  /**
   * Level of authority, a whole number ≥ 1, higher signs for more: staff 1, supervisor 2,
   * manager 3, director / CFO / general manager 4. When absent the analysis infers it from the
   * name (packages/analysis, judgement/authorityOf).
   */
  authority?: number;
  description?: string;
  /** 所属部门. */
  department?: string;
  /** Role id of the 直接上级; never the role itself nor a chain back to it. */
  reportsTo?: string;
  /** 岗位编号. */
  jobCode?: string;
  /** 岗位目的: why the post exists, one or two sentences. */
  purpose?: string;
  /** 任职资格: education, experience, certificates, skills. */
  qualifications?: string[];
  /** 权限 (authorities as written, "审批 5 万元以下采购申请"); not the numeric `authority`. */
  permissions?: string[];
  /** Person (default), system (OA, ERP) or external party (供应商, 申请人 = all staff). */
  kind?: RoleKind;
  /**
   * The named people of the role, each with their own calendar, cost and speed. When given, the
   * role's capacity is their number (`capacity`, if also written, must equal it). The same member
   * `id` in several roles is one person (a shared pool): busy in one role, busy in all.
   */
  members?: Member[];
  /** The order the role takes waiting work in; default `fifo`. */
  queue?: QueueDiscipline;
}

/**
 * How a role picks its next piece of work: `fifo` first come first served; `priority` the case
 * with the highest priority (`SimulationSettings.priorities`), then first come; `dueDate` the
 * earliest due date (case arrival + case SLA, or ready time + the step's `sla`), then first come.
 */
export type QueueDiscipline = 'fifo' | 'priority' | 'dueDate';
export const QUEUE_DISCIPLINES: readonly QueueDiscipline[] = ['fifo', 'priority', 'dueDate'];

/**
 * A person of a role (FORMAT extension, packages/model/README.md "members"). Every field but `id`
 * is optional; a person listed in several roles takes these fields from its first listing, and a
 * later listing may only repeat them.
 */
export interface Member {
  /** Unique among the document's members; the same id in another role is the same person. */
  id: string;
  name?: string;
  /** Calendar id; default the role's calendar. */
  calendar?: string;
  /** Cost of one busy hour; default the role's `costPerHour`. */
  costPerHour?: number;
  /** Work speed: durations are divided by it (1.25 = a quarter faster); default 1, > 0. */
  speed?: number;
  /** This person's own duration per task id, instead of the task's (before `speed`). */
  durations?: Record<string, Distribution>;
}

/**
 * The largest role capacity the format accepts (and a scenario may override to): 10,000 people
 * or machines in one lane. Larger values are refused with a sentence rather than analysed, so
 * that no estimate or simulation is asked to model millions of servers.
 */
export const MAX_ROLE_CAPACITY = 10_000;
