import { arrivalInterarrival, type ProcessDocument, type StartStep } from '@flowsmith/model';
import type { WorkCalendar } from '../calendar/WorkCalendar';
import type { ResolvedScenario } from '../scenario/Scenario';
import { ArrivalClock } from './ArrivalClock';
import type { CompiledStart } from './CompiledModel';

/** What {@link compileArrival} makes of a top-level start step's `arrival`. */
export interface CompiledArrival {
  /** The stream, or null when the step has no arrival the engine can draw. */
  start: CompiledStart | null;
  /** Its profile puts no weight on any open hour of its calendar (`sim.arrivalNeverComes`). */
  neverArrives: boolean;
}

/**
 * The arrival stream of a start step (SIM-CAL-4, SIM-ARR-1..3): a rate becomes its exponential
 * inter-arrival time in the calendar's working minutes, and the clock maps gaps to arrival times
 * by the rule (scenario override first) and profile. `calendar` is the step's calendar, already
 * checked by the caller (one that never opens is reported as such). Pure.
 */
export function compileArrival(
  step: StartStep & { arrival: NonNullable<StartStep['arrival']> },
  index: number,
  doc: ProcessDocument,
  scenario: ResolvedScenario,
  calendar: WorkCalendar | null,
): CompiledArrival {
  const interarrival = arrivalInterarrival(step.arrival, doc.calendars);
  const clock = new ArrivalClock({
    rule: scenario.overrides.arrivalRule ?? step.arrival.rule,
    calendar,
    profile: step.arrival.profile,
    phase: scenario.weekPhase,
  });
  const neverArrives = calendar !== null && calendar.openPerWeek > 0 && clock.neverArrives;
  if (!interarrival) return { start: null, neverArrives };
  const start: CompiledStart = {
    step: index,
    id: step.id,
    interarrival,
    scale: 1 / scenario.overrides.arrivalRate,
    calendar,
    clock,
  };
  return { start, neverArrives };
}
