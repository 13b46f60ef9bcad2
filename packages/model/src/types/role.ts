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
}

/**
 * The largest role capacity the format accepts (and a scenario may override to): 10,000 people
 * or machines in one lane. Larger values are refused with a sentence rather than analysed, so
 * that no estimate or simulation is asked to model millions of servers.
 */
export const MAX_ROLE_CAPACITY = 10_000;
