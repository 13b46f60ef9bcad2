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
}

/**
 * The largest role capacity the format accepts (and a scenario may override to): 10,000 people
 * or machines in one lane. Larger values are refused with a sentence rather than analysed, so
 * that no estimate or simulation is asked to model millions of servers.
 */
export const MAX_ROLE_CAPACITY = 10_000;
