import { validationLabel, type ValidationRow } from '@flowsmith/mining';
import type { Lang } from '@flowsmith/model';

/** A row's verdict: within tolerance, within the runs' band only, outside, or too few cases to judge. */
export type Verdict = 'ok' | 'band' | 'fail' | 'unjudged';

/** One row of the validation table as the panel shows it. */
export interface ValidationCells {
  figure: string;
  log: string;
  simulated: string;
  error: string;
  tolerance: string;
  verdict: Verdict;
}

/** The verdict of a row of `compareWithLog`. Pure. */
export function verdictOf(row: ValidationRow): Verdict {
  if (row.pass === undefined) return 'unjudged';
  if (!row.pass) return 'fail';
  return Math.abs(row.simulated - row.log) > row.allowed ? 'band' : 'ok';
}

const num = (x: number) =>
  !Number.isFinite(x) ? '–' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);

/**
 * A row's cells, formatted as `flowsmith discover --validate` prints them: the figure's label with
 * its unit (`validationLabel`; a role by its name when `roleName` knows it), values with two
 * decimals below 100 and none above, the error in per cent (utilisation: the difference), the
 * tolerance with ±. Pure.
 */
export function validationCells(
  row: ValidationRow,
  lang: Lang,
  roleName: (id: string) => string | undefined = () => undefined,
): ValidationCells {
  const absolute = row.metric === 'utilisation';
  const role = absolute && row.subject !== undefined ? roleName(row.subject) : undefined;
  return {
    figure: validationLabel(role === undefined ? row : { ...row, subject: role }, lang),
    log: num(row.log),
    simulated: num(row.simulated),
    error: absolute
      ? `${row.error >= 0 ? '+' : ''}${row.error.toFixed(3)}`
      : Number.isFinite(row.error)
        ? `${(row.error * 100).toFixed(1)} %`
        : '–',
    tolerance: absolute ? `±${row.tolerance}` : `±${(row.tolerance * 100).toFixed(0)} %`,
    verdict: verdictOf(row),
  };
}
