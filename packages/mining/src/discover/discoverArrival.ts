import {
  WEEKDAYS,
  distributionScv,
  type Arrival,
  type Calendar,
  type Lang,
  type WorkingHours,
} from '@flowsmith/model';
import { zoneOffsetAt, type TimeZone } from '../read/timeZone';
import { fitDuration } from './fitDuration';
import { arrivalWeights } from './arrivalWeights';
import { workingMinutes } from '../validate/workingTime';
import { withBreaks } from './dayBreaks';
import { withinWeek } from './weekHours';

/** The arrival of the start step and, when cases arrive in office hours only, their calendar. */
export interface DiscoveredArrival {
  arrival: Arrival;
  calendar?: Calendar;
}

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/**
 * How cases arrive, from their start times (ms since 1970): when the log spans at least a week,
 * has 50 cases or more and at least 95 % of them start within blocks of the week that cover at most
 * 70 % of its hours (one block per day, from its first to its last busy hour; an hour is busy with at
 * least a tenth of the busiest hour's arrivals, by hour of week in `zone`), a calendar of those
 * blocks and a rate per working hour (the gaps between the first and the last start over the open
 * hours between them), with an arrival `profile` when the rate changes with the hour or the
 * weekday beyond chance (`arrivalWeights`); otherwise, around the clock, Poisson arrivals at the
 * mean rate with such a profile when it changes, else the maximum-likelihood fit (lowest AIC) of the gaps
 * between starts, around the clock — an exponential of the same mean (Poisson arrivals) when that
 * fit is less variable than one but not a fixed gap: a queue at the first step smooths the starts. Undefined with fewer than two starts or no gap. Pure.
 */
export function discoverArrival(
  starts: readonly number[],
  zone: TimeZone,
  calendarId: string,
  lang: Lang = 'en',
  zoneName?: string,
): DiscoveredArrival | undefined {
  const sorted = [...starts].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((t, i) => (t - sorted[i]!) / 60_000);
  if (!gaps.some((g) => g > 0)) return undefined;
  const fitted = fitDuration(gaps)!;
  // The log shows when a case's first step began, not when the case came: a queue at the first
  // step makes those gaps more regular than the arrivals (simulating a discovered Erlang then
  // understates every wait). So gaps less variable than Poisson arrivals are taken as Poisson
  // arrivals of the same mean; equal gaps (a schedule) and burstier gaps keep their fit.
  const poisson =
    fitted.best.dist !== 'fixed' && distributionScv(fitted.best) < 1
      ? fitted.candidates.find((c) => c.distribution.dist === 'exponential')?.distribution
      : undefined;
  const span = sorted[sorted.length - 1]! - sorted[0]!;
  if (sorted.length < 50 || span < WEEK)
    return { arrival: { interarrival: poisson ?? fitted.best } };
  const hourOf = (t: number) => {
    const local = t + zoneOffsetAt(zone, t) * 60_000;
    const day = (Math.floor(local / (24 * HOUR)) + 3) % 7; // 1 January 1970 was a Thursday
    return day * 24 + (Math.floor(local / HOUR) % 24);
  };
  const counts = new Array<number>(168).fill(0);
  for (const t of sorted) counts[hourOf(t)]!++;
  // The hours of each hour of week the log covers, from the first start to the last, where `open`.
  const covered = (open: (cell: number) => boolean) => {
    const cover = new Array<number>(168).fill(0);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    for (let h = Math.floor(first / HOUR) * HOUR; h < last; h += HOUR) {
      const cell = hourOf(h);
      if (open(cell)) cover[cell]! += (Math.min(last, h + HOUR) - Math.max(first, h)) / HOUR;
    }
    return cover;
  };
  const busiest = Math.max(...counts);
  const blocks: { day: number; from: number; to: number }[] = [];
  for (let day = 0; day < 7; day++) {
    const busy = counts.slice(day * 24, day * 24 + 24).map((c) => c >= 0.1 * busiest);
    const from = busy.indexOf(true);
    if (from >= 0) blocks.push({ day, from, to: busy.lastIndexOf(true) + 1 });
  }
  const hours = blocks.reduce((s, b) => s + b.to - b.from, 0);
  const inside = blocks.reduce(
    (s, b) => s + counts.slice(b.day * 24 + b.from, b.day * 24 + b.to).reduce((a, c) => a + c, 0),
    0,
  );
  if (hours > 0.7 * 168 || inside < 0.95 * sorted.length) {
    // Around the clock: Poisson arrivals whose rate follows the hour and the weekday, when it
    // does; else the fit of the gaps.
    const profile =
      fitted.best.dist === 'fixed'
        ? undefined
        : arrivalWeights(
            counts,
            covered(() => true),
          );
    if (!profile) return { arrival: { interarrival: poisson ?? fitted.best } };
    const perHour = (sorted.length - 1) / (span / HOUR);
    return { arrival: { rate: { count: Number(perHour.toPrecision(4)), per: 'hour' }, profile } };
  }
  const blockWeek: WorkingHours[] = [];
  for (const b of blocks) {
    const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;
    const same = blockWeek.find((w) => w.from === hhmm(b.from) && w.to === hhmm(b.to));
    if (same) same.days.push(WEEKDAYS[b.day]!);
    else blockWeek.push({ days: [WEEKDAYS[b.day]!], from: hhmm(b.from), to: hhmm(b.to) });
  }
  // A lunch hour nobody arrives in, as the role calendars find it (`withBreaks`).
  const week = withBreaks(blockWeek, sorted, zone);
  const calendar: Calendar = {
    id: calendarId,
    name: lang === 'zh-CN' ? '案例到达时间' : 'When cases arrive',
    ...(zoneName ? { timezone: zoneName } : {}),
    week,
  };
  // Every gap between the first and the last start, over the open hours between them.
  const open = workingMinutes(calendar, zone)(sorted[0]!, sorted[sorted.length - 1]!) / 60;
  const profile = arrivalWeights(
    counts,
    covered((i) => withinWeek(week, i)),
  );
  return {
    arrival: {
      rate: { count: Number(((sorted.length - 1) / open).toPrecision(4)), per: 'hour' },
      calendar: calendarId,
      ...(profile ? { profile } : {}),
    },
    calendar,
  };
}
