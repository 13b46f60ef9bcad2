import type { PriorityRule, ProcessDocument } from '@flowsmith/model';
import { DEFAULT_START, startMoment } from '../calendar/startMoment';
import type { AttributeSpec, ResolvedScenario } from './Scenario';

/** The part of a resolved scenario that comes from merging the document's settings. */
export type MergedSettings = Pick<
  ResolvedScenario,
  'attributes' | 'priorities' | 'start' | 'startEpoch' | 'weekPhase'
>;

/**
 * What the scenario gave (`own`) merged with `document`'s `simulation` settings (SPEC.md
 * SIM-SCN-5): attributes per name (the scenario's win), priorities whole (the scenario's when
 * it gives a list, else the document's), the start (the scenario's, else the document's, else
 * 2024-01-01T00:00, a Monday) with its epoch and week phase. A start that is not a real
 * date-time (validation refuses it) counts as the default. Pure.
 */
export function mergeSettings(
  own: ResolvedScenario['own'],
  document: ProcessDocument | undefined,
): MergedSettings {
  const settings = document?.simulation;
  const attributes = Object.create(null) as Record<string, AttributeSpec>;
  for (const source of [settings?.attributes, own.attributes]) {
    if (source) for (const [name, spec] of Object.entries(source)) attributes[name] = spec;
  }
  const priorities: PriorityRule[] = own.priorities ?? settings?.priorities ?? [];
  const wanted = own.start ?? settings?.start ?? DEFAULT_START;
  const moment = startMoment(wanted);
  const { epochMs, weekPhase } = moment ?? startMoment(DEFAULT_START)!;
  return {
    attributes,
    priorities,
    start: moment ? wanted : DEFAULT_START,
    startEpoch: epochMs,
    weekPhase,
  };
}

/**
 * `scenario` with `document`'s own simulation settings merged in ({@link mergeSettings}), so the
 * engine reads only the resolved scenario. Merges from `scenario.own`, so resolving again
 * against another document (compare, a worker) gives that document's settings. Pure.
 */
export function resolveScenario(
  scenario: ResolvedScenario,
  document: ProcessDocument | undefined,
): ResolvedScenario {
  return { ...scenario, ...mergeSettings(scenario.own, document) };
}
