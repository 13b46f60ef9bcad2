import type { Finding, Severity } from './types';

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The errors and warnings of `after` that `before` did not have (the check `improve` makes on its
 * own result). A finding is not new when `before` has one of the same kind, at least as severe,
 * about an overlapping set of steps or roles (or both about none). Pure.
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  return after.filter(
    (f) =>
      f.severity !== 'info' &&
      !before.some(
        (b) =>
          b.kind === f.kind &&
          rank[b.severity] >= rank[f.severity] &&
          (overlaps(b.steps, f.steps) ||
            overlaps(b.roles, f.roles) ||
            (b.steps.length + b.roles.length === 0 && f.steps.length + f.roles.length === 0)),
      ),
  );
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
