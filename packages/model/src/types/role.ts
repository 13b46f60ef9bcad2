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
  description?: string;
}
