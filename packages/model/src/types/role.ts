/** A role: the people (or machines) who do a kind of work. Becomes a swimlane. */
export interface Role {
  id: string;
  name: string;
  /** How many can work at once; default 1. */
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
