import type { IncrementalBase } from './incrementalEffect';
import type { SuggestionChange } from './suggestionChange';

/**
 * Whether the change leaves the week-dependent terms alone (closed hours' backlog, batches,
 * people with their own durations), so the linear update holds; otherwise the full analysis
 * decides. Pure.
 */
export function keepsWeek(base: IncrementalBase, change: SuggestionChange): boolean {
  const { figures, roles } = base;
  const { closedWait, batchWait, bound } = figures.calendar;
  if (closedWait.some((w) => w !== 0)) return false;
  const people = (id: string | undefined) =>
    id !== undefined && (roles.get(id)?.members?.length ?? 0) > 0;
  for (const id of change.capacity.keys()) if (people(id)) return false;
  for (const [i, c] of change.steps) {
    const step = figures.graph.steps[i]!;
    if (batchWait[i] !== 0 || (step.type === 'task' && step.batch)) return false;
    const before = step.type === 'task' ? step.role : undefined;
    if (people(before) || people(c.role)) return false;
    // Work moved between roles on different calendars arrives at other hours downstream.
    const calendarOf = (id: string | undefined) =>
      id !== undefined && bound.has(id) ? roles.get(id)?.calendar : undefined;
    if (c.role !== before && calendarOf(before) !== calendarOf(c.role)) return false;
  }
  return true;
}
