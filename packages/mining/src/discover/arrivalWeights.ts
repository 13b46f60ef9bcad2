import type { ArrivalProfile } from '@flowsmith/model';

/**
 * A chi-square statistic beyond its 0.1 % point counts as a real difference (the point by
 * Wilson–Hilferty: df · (1 − 2/(9·df) + 3.09 · √(2/(9·df)))³).
 */
function significant(observed: number[], expected: number[]): boolean {
  let chi2 = 0;
  let df = -1;
  observed.forEach((o, i) => {
    const e = expected[i]!;
    if (e <= 0) return;
    chi2 += (o - e) ** 2 / e;
    df++;
  });
  const a = 2 / (9 * df);
  return df > 0 && chi2 > df * (1 - a + 3.09 * Math.sqrt(a)) ** 3;
}

/** Weights rounded to three figures, scaled so that the largest is 1. */
function scaled(rates: number[]): number[] {
  const top = Math.max(...rates);
  return rates.map((r) => (top > 0 ? Number((r / top).toPrecision(3)) : 0));
}

/**
 * How the arrival rate changes within the week, from case starts by hour of week (`counts`, 168,
 * Monday 00:00–01:00 first) and how many hours of each the log covers while arrivals can happen
 * (`exposure`, 168: 0 for closed hours; a log of 4 weeks and 5 days covers Mondays 5 times and
 * Sundays 4): the rate by hour of day (arrivals over the hours of that hour covered) and by
 * weekday (arrivals over that day's hours covered), each kept only when it differs from one constant rate beyond chance
 * (chi-square against arrivals spread by open hours, beyond its 0.1 % point). Weights are
 * relative (the largest 1; closed hours and days 0): the simulation scales them to average 1 over
 * the open week, so the arrival's rate stays the weekly mean. Undefined when neither varies. Pure.
 */
export function arrivalWeights(
  counts: readonly number[],
  exposure: readonly number[],
): ArrivalProfile | undefined {
  const open = exposure.map((x) => x > 0);
  const total = counts.reduce((s, c, i) => s + (open[i] ? c : 0), 0);
  const openCells = exposure.reduce((s, x) => s + x, 0);
  if (total === 0 || openCells === 0) return undefined;
  const byHour = new Array<number>(24).fill(0);
  const hourOpen = new Array<number>(24).fill(0);
  const byDay = new Array<number>(7).fill(0);
  const dayOpen = new Array<number>(7).fill(0);
  for (let i = 0; i < 168; i++) {
    if (!open[i]) continue;
    byHour[i % 24]! += counts[i]!;
    hourOpen[i % 24]! += exposure[i]!;
    byDay[Math.floor(i / 24)]! += counts[i]!;
    dayOpen[Math.floor(i / 24)]! += exposure[i]!;
  }
  const expect = (exposure: number[]) => exposure.map((x) => (total * x) / openCells);
  const hoursVary = significant(byHour, expect(hourOpen));
  const daysVary = dayOpen.filter((x) => x > 0).length > 1 && significant(byDay, expect(dayOpen));
  if (!hoursVary && !daysVary) return undefined;
  return {
    ...(hoursVary
      ? { hours: scaled(byHour.map((c, h) => (hourOpen[h] ? c / hourOpen[h]! : 0))) }
      : {}),
    ...(daysVary ? { days: scaled(byDay.map((c, d) => (dayOpen[d] ? c / dayOpen[d]! : 0))) } : {}),
  };
}
