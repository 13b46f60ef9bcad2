import { studentT975 } from '@flowsmith/model';
import type { LogKpis } from './logKpis';

/** Which figure a row of the validation compares. */
export type ValidationMetric =
  | 'cycleMean'
  | 'cycleMedian'
  | 'cycleP90'
  | 'throughput'
  | 'wait'
  | 'touch'
  | 'sojourn'
  | 'utilisation';

/** One figure, log beside simulation, with its error and whether it is within tolerance. */
export interface ValidationRow {
  metric: ValidationMetric;
  /** The activity or role id the row is about. */
  subject?: string;
  log: number;
  simulated: number;
  /** (simulated − log) ÷ log; for utilisation, simulated − log. */
  error: number;
  /** The largest |error| that passes (relative; for utilisation absolute). */
  tolerance: number;
  /** The largest |simulated − log| that is within tolerance, in the row's unit. */
  allowed: number;
  /**
   * With several simulated runs: where 95 % of runs of this size would put the figure, the runs'
   * prediction interval: mean ± t × standard deviation × √(1 + 1/runs), t Student's 97.5 %
   * quantile with runs − 1 degrees of freedom (2.78 for five runs: their standard deviation is
   * itself an estimate). A log value inside it is an outcome the simulated process gives, so the
   * row passes even beyond its tolerance — unless the band is wider than {@link BAND_LIMIT} of
   * the runs' mean (0.1 absolute for utilisation): runs that unstable judge nothing.
   */
  band?: [number, number];
  /** Undefined when too few executions (< `minCount`) to judge. */
  pass?: boolean;
}

/** The stated tolerances of a validation (relative unless said otherwise). */
export interface ValidationTolerances {
  cycle: number;
  cycleP90: number;
  throughput: number;
  /** Touch and sojourn time means. */
  activityTime: number;
  /** Wait means: a wait passes within max(`wait` × the log's wait, `waitFloor` × the log's mean cycle time). */
  wait: number;
  waitFloor: number;
  /** Absolute difference of utilisation (0..1). */
  utilisation: number;
  /** Activities with fewer executions in either log are shown and not judged. */
  minCount: number;
}

/** Default tolerances: cycle mean and median 10 %, p90 15 %, throughput 10 %, times 10 %, waits 25 % (or within 1 % of the mean cycle time), utilisation ±0.05. */
export const DEFAULT_TOLERANCES: ValidationTolerances = {
  cycle: 0.1,
  cycleP90: 0.15,
  throughput: 0.1,
  activityTime: 0.1,
  wait: 0.25,
  waitFloor: 0.01,
  utilisation: 0.05,
  minCount: 30,
};

/** The side-by-side table and whether every judged row passed. */
export interface Validation {
  rows: ValidationRow[];
  passed: boolean;
  tolerances: ValidationTolerances;
}

/**
 * Compares the key figures of a log with those of a simulation of the process discovered from
 * it (both from `logKpis`, the simulated one on `simulatedLog`): cycle time mean, median and p90,
 * throughput, per activity wait, touch and sojourn means, per role utilisation; each with its
 * error and pass or fail against `tolerances`. `sim` may be several runs of the log's size (each
 * its own seed): the simulated figure is then their mean, and a row also passes when the log's
 * figure lies within the runs' 95 % band (`band`): a figure that varies from run to run more
 * than its tolerance (a wait at a busy single person, a mean cycle time made by the few cases
 * that wait over a weekend) cannot be judged more closely from one log. Pure.
 */
export function compareWithLog(
  log: LogKpis,
  sim: LogKpis | readonly LogKpis[],
  tolerances: Partial<ValidationTolerances> = {},
): Validation {
  const tol = { ...DEFAULT_TOLERANCES, ...tolerances };
  const runs = Array.isArray(sim) ? (sim as readonly LogKpis[]) : [sim as LogKpis];
  const each = runs.map((run) => compareOne(log, run, tol));
  const key = (r: ValidationRow) => `${r.metric}\u0000${r.subject ?? ''}`;
  const rows = each[0]!.map((first) => {
    const same = each
      .map((rs) => rs.find((r) => key(r) === key(first)))
      .filter((r) => r !== undefined);
    if (each.length < 2 || same.length < 2) return first;
    const values = same.map((r) => r.simulated);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    const half = studentT975(values.length - 1) * sd * Math.sqrt(1 + 1 / values.length);
    const band: [number, number] = [mean - half, mean + half];
    const l = first.log;
    const error =
      first.metric === 'utilisation'
        ? mean - l
        : l !== 0
          ? (mean - l) / l
          : mean === 0
            ? 0
            : Infinity;
    const judged = same.every((r) => r.pass !== undefined);
    // A band wider than the runs can be trusted with (a queue near saturation) passes nothing.
    const informative =
      first.metric === 'utilisation'
        ? half <= BAND_LIMIT_UTILISATION
        : half <= BAND_LIMIT * Math.abs(mean);
    const pass = judged
      ? Math.abs(mean - l) <= first.allowed || (informative && l >= band[0] && l <= band[1])
      : undefined;
    return { ...first, simulated: mean, error, band, ...(pass !== undefined ? { pass } : {}) };
  });
  return { rows, passed: rows.every((r) => r.pass !== false), tolerances: tol };
}

/**
 * The widest band (half-width ÷ the runs' mean) within which a log figure beyond its tolerance
 * still passes: runs that spread wider than ±50 % of their mean (a queue near saturation, a
 * handful of very long cases) say the simulated process is unstable, not that the log fits it.
 */
export const BAND_LIMIT = 0.5;

/** The same for utilisation, absolute. */
export const BAND_LIMIT_UTILISATION = 0.1;

/** The rows of one simulated run against the log. */
function compareOne(log: LogKpis, sim: LogKpis, tol: ValidationTolerances): ValidationRow[] {
  const rows: ValidationRow[] = [];
  const relative = (
    metric: ValidationMetric,
    l: number,
    s: number,
    tolerance: number,
    subject?: string,
    judged = true,
    floor = 0,
  ) => {
    const error = l !== 0 ? (s - l) / l : s === 0 ? 0 : Infinity;
    const allowed = Math.max(tolerance * Math.abs(l), floor);
    rows.push({
      metric,
      ...(subject !== undefined ? { subject } : {}),
      log: l,
      simulated: s,
      error,
      tolerance,
      allowed,
      ...(judged ? { pass: Math.abs(s - l) <= allowed } : {}),
    });
  };
  relative('cycleMean', log.cycle.mean, sim.cycle.mean, tol.cycle);
  relative('cycleMedian', log.cycle.median, sim.cycle.median, tol.cycle);
  relative('cycleP90', log.cycle.p90, sim.cycle.p90, tol.cycleP90);
  relative('throughput', log.throughputPerHour, sim.throughputPerHour, tol.throughput);
  const floor = tol.waitFloor * log.cycle.mean;
  for (const name of Object.keys(log.activities).sort()) {
    const l = log.activities[name]!;
    const s = sim.activities[name];
    if (!s) continue;
    const judged = l.count >= tol.minCount && s.count >= tol.minCount;
    if (l.waitMean !== undefined && s.waitMean !== undefined)
      relative('wait', l.waitMean, s.waitMean, tol.wait, name, judged, floor);
    if (l.touchMean !== undefined && s.touchMean !== undefined)
      relative('touch', l.touchMean, s.touchMean, tol.activityTime, name, judged);
    if (l.touchMean === undefined && l.sojournMean !== undefined && s.sojournMean !== undefined)
      relative('sojourn', l.sojournMean, s.sojournMean, tol.activityTime, name, judged, floor);
  }
  for (const id of Object.keys(log.roles).sort()) {
    const l = log.roles[id]!.utilisation;
    const s = sim.roles[id]?.utilisation;
    if (s === undefined) continue;
    rows.push({
      metric: 'utilisation',
      subject: id,
      log: l,
      simulated: s,
      error: s - l,
      tolerance: tol.utilisation,
      allowed: tol.utilisation,
      pass: Math.abs(s - l) <= tol.utilisation,
    });
  }
  return rows;
}
