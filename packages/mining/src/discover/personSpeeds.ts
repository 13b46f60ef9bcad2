/** The rule's thresholds (see {@link personSpeeds}). */
export const SPEED_RULE = {
  /** A person is measured with at least this many timed executions in the role… */
  minExecutions: 30,
  /** …and the role gets speeds when someone takes at least 1.2 times, or at most 1/1.2 of, the usual time… */
  minRatio: 1.2,
  /** …beyond chance: |z| at least 3.29 (0.1 %, two-sided). */
  minZ: 3.29,
} as const;

/** Touch times (minutes) by activity, then by person (`''` when the event names none). */
export type TimesByPerson = ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;

/**
 * The speed of each person of the roles whose people take clearly different times for the same
 * work, from `times` (touch times, start to complete, in each person's working minutes; not
 * sojourn times, which hold the waiting): role id → person → speed. Per activity its mean `m`
 * and variance `s²` over every execution; per person of a role, over the role's activities
 * (`roleOf`: activity → role), the observed total `O = Σx`, the expected total `E = Σ n·m` and
 * `V = Σ n·s²` (`n` their executions of each); a person with at least 30 executions is measured:
 * the ratio `O/E` and `z = (O − E)/√V`. A role of two or more people gets speeds when a measured
 * person's ratio is at least 1.2 or at most 1/1.2 and `|z| ≥ 3.29`; every measured person's speed
 * is then `E/O` (three significant digits; 1 is the activity's average pace, so the task's mean stays the
 * activity's mean), the others keep 1. Pure.
 */
export function personSpeeds(
  times: TimesByPerson,
  roleOf: ReadonlyMap<string, string>,
): Map<string, Map<string, number>> {
  const R = SPEED_RULE;
  const perRole = new Map<string, Map<string, { o: number; e: number; v: number; n: number }>>();
  for (const [activity, byPerson] of times) {
    const role = roleOf.get(activity);
    if (!role) continue;
    let n = 0;
    let sum = 0;
    let squares = 0;
    for (const list of byPerson.values())
      for (const x of list) {
        n++;
        sum += x;
        squares += x * x;
      }
    const m = n ? sum / n : 0;
    if (n < 2 || !(m > 0)) continue;
    const s2 = Math.max(0, (squares - n * m * m) / (n - 1));
    let people = perRole.get(role);
    if (!people) perRole.set(role, (people = new Map()));
    for (const [person, list] of byPerson) {
      if (!person || !list.length) continue;
      const t = people.get(person) ?? { o: 0, e: 0, v: 0, n: 0 };
      t.o += list.reduce((a, x) => a + x, 0);
      t.e += list.length * m;
      t.v += list.length * s2;
      t.n += list.length;
      people.set(person, t);
    }
  }
  const result = new Map<string, Map<string, number>>();
  for (const [role, people] of perRole) {
    if (people.size < 2) continue;
    const measured = [...people].filter(([, t]) => t.n >= R.minExecutions && t.o > 0);
    const clear = measured.some(([, t]) => {
      const ratio = t.o / t.e;
      const z = t.v > 0 ? (t.o - t.e) / Math.sqrt(t.v) : 0;
      return (ratio >= R.minRatio || ratio <= 1 / R.minRatio) && Math.abs(z) >= R.minZ;
    });
    if (!clear) continue;
    result.set(role, new Map(measured.map(([p, t]) => [p, Number((t.e / t.o).toPrecision(3))])));
  }
  return result;
}

/**
 * The touch times of `times` per activity rescaled to speed 1: each person's times multiplied by
 * their speed in the activity's role (`speeds`, from `personSpeeds`; 1 when they have none), so
 * that a duration fitted to them and divided by each speed in the simulation gives each person's
 * times back. Pure.
 */
export function timesAtSpeedOne(
  times: TimesByPerson,
  roleOf: ReadonlyMap<string, string>,
  speeds: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Map<string, number[]> {
  const result = new Map<string, number[]>();
  for (const [activity, byPerson] of times) {
    const ofRole = speeds.get(roleOf.get(activity) ?? '');
    const list: number[] = [];
    for (const [person, xs] of byPerson) {
      const speed = ofRole?.get(person) ?? 1;
      for (const x of xs) list.push(x * speed);
    }
    result.set(activity, list);
  }
  return result;
}
