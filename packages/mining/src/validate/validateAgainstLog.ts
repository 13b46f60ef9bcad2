import type { ProcessDocument } from '@flowsmith/model';
import type { EventLog } from '../log/eventLog';
import type { TimeZone } from '../read/timeZone';
import { compareWithLog, type Validation, type ValidationTolerances } from './compareWithLog';
import { logKpis } from './logKpis';
import { roleWorkingMinutes } from './roleWorkingMinutes';
import { simulatedLog, type SimulatedExecution } from './simulatedLog';

/** Runs of the validation simulation (seeds `seed`, `seed + 1`, …): their spread is the band. */
export const VALIDATION_RUNS = 5;

/** The most cases the validation simulates (a longer log is compared with this many). */
export const VALIDATION_MAX_CASES = 20_000;

/**
 * One simulation run of `doc`: `cases` cases, no warm-up, random seed `seed`, its task executions
 * in minutes from simulation time 0 (the simulation's `LogEntry` rows fit). Throws when the
 * simulator refuses the document; `validateAgainstLog` lets that through.
 */
export type ValidationSimulator = (
  doc: ProcessDocument,
  run: { cases: number; seed: number },
) => readonly SimulatedExecution[];

/** How `validateAgainstLog` runs: the instant simulation time 0 stands for, seed, zone, progress, cancel. */
export interface ValidateAgainstLogOptions {
  /**
   * The instant (ms since 1970) simulation time 0 stands for, a Monday 00:00 UTC so that role
   * calendars line up: the simulation's `DEFAULT_LOG_EPOCH`.
   */
  epochMs: number;
  /** The first run's seed (default 1); run k has `seed + k − 1`. */
  seed?: number;
  /** The zone the log's times were written in, for role calendars (default UTC). */
  zone?: TimeZone;
  /** Default `VALIDATION_RUNS`. */
  runs?: number;
  /** Default `VALIDATION_MAX_CASES`. */
  maxCases?: number;
  tolerances?: Partial<ValidationTolerances>;
  /** Called before run `run` (1-based) of `runs` starts. */
  onRun?: (run: number, runs: number) => void;
  /** Checked before each run: when true, the validation stops with a `ValidationCancelled`. */
  cancelled?: () => boolean;
}

/** What `validateAgainstLog` throws when its `cancelled` check says so. */
export class ValidationCancelled extends Error {
  constructor() {
    super('validation cancelled');
    this.name = 'ValidationCancelled';
  }
}

/**
 * Simulates `doc` with `simulate` (`runs` runs with seeds `seed`, `seed + 1`, …, each as many
 * cases as the log has up to `maxCases`) and compares its key figures with the log's
 * (`compareWithLog`: the runs' mean, and the runs' 95 % band for figures that vary more from run
 * to run than their tolerance). Both sides are measured by `logKpis` on a log, the simulated one
 * without start times when the real one has none; waits and touch times of a task whose role has
 * a calendar are counted in that calendar's working minutes (`roleWorkingMinutes`), read in
 * `zone` for the log and in UTC from `epochMs` for the simulation. Pure but for what `simulate`
 * and the callbacks do; the simulator's refusal is thrown as it comes.
 */
export function validateAgainstLog(
  doc: ProcessDocument,
  log: EventLog,
  simulate: ValidationSimulator,
  options: ValidateAgainstLogOptions,
): Validation {
  const runs = options.runs ?? VALIDATION_RUNS;
  const seed = options.seed ?? 1;
  const cases = Math.min(log.cases.length, options.maxCases ?? VALIDATION_MAX_CASES);
  const simulatedMinutes = roleWorkingMinutes(doc);
  const figures = Array.from({ length: runs }, (_, k) => {
    if (options.cancelled?.()) throw new ValidationCancelled();
    options.onRun?.(k + 1, runs);
    const executions = simulate(doc, { cases, seed: seed + k });
    const simulated = simulatedLog(executions, log.hasStart, options.epochMs);
    return logKpis(simulated, doc, simulatedMinutes);
  });
  const measured = logKpis(log, doc, roleWorkingMinutes(doc, options.zone));
  return compareWithLog(measured, figures, options.tolerances);
}
