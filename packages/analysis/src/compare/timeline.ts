/** One step of a case on the role timeline; times in minutes from the case's start. */
export interface TimelineBar {
  step: string;
  name: string;
  /** The responsible role, or null (timers, system steps without a role). */
  role: string | null;
  /** When the case reached the step (its wait begins). */
  start: number;
  /** When work began (start..workStart is waiting, workStart..end working). */
  workStart: number;
  end: number;
  /** On the critical path: the chain of steps that decides when the case ends. */
  critical: boolean;
}

/** The bars of one case, in start order, and the roles in the order their rows are drawn. */
export interface Timeline {
  bars: TimelineBar[];
  /** Roles in document order (null last, when a bar has no role). */
  roles: Array<string | null>;
  /** When the case ended. */
  end: number;
}

/** Orders roles as the document lists them, those without a role last. */
export function timelineRoles(
  roleOrder: readonly string[],
  bars: readonly TimelineBar[],
): Array<string | null> {
  const used = new Set(bars.map((b) => b.role));
  const out: Array<string | null> = roleOrder.filter((r) => used.has(r));
  for (const b of bars) if (b.role !== null && !out.includes(b.role)) out.push(b.role);
  if (used.has(null)) out.push(null);
  return out;
}
