import { describe, expect, it } from 'vitest';
import { parseProcess } from '@flowsmith/model';
import { parseTimeZone } from '../read/timeZone';
import { discoverArrival } from './discoverArrival';

const shanghai = parseTimeZone('Asia/Shanghai')!;

/** Ten cases an hour, Monday to Friday 09:00–17:00 Shanghai time, for four weeks from 1 January 2024 (a Monday). */
function officeArrivals(): number[] {
  const out: number[] = [];
  for (let day = 0; day < 28; day++) {
    if (day % 7 >= 5) continue;
    for (let m = 0; m < 8 * 60; m += 6) out.push(Date.UTC(2024, 0, 1 + day, 1, 0) + m * 60_000);
  }
  return out;
}

describe('discoverArrival', () => {
  it('keeps a lunch hour nobody arrives in out of the arrival calendar', () => {
    // The same office, closed 12:00–13:00 (Shanghai): no case starts then.
    const lunch = officeArrivals().filter((t) => new Date(t).getUTCHours() !== 4);
    const found = discoverArrival(lunch, shanghai, 'hours')!;
    expect(found.calendar!.week).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '13:00', to: '17:00' },
    ]);
    // Ten an hour over the seven open hours a day, not 8.75 over eight.
    const arrival = found.arrival;
    expect('rate' in arrival && arrival.rate.count).toBeCloseTo(10, 0);
  });

  it('finds office hours as a calendar and the rate per working hour', () => {
    const found = discoverArrival(officeArrivals(), shanghai, 'hours', 'en', 'Asia/Shanghai')!;
    expect(found.calendar).toEqual({
      id: 'hours',
      name: 'When cases arrive',
      timezone: 'Asia/Shanghai',
      week: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
    });
    const arrival = found.arrival;
    expect('rate' in arrival && arrival.rate.per).toBe('hour');
    // 1,599 gaps over the 159.9 open hours from the first start to the last: 10 an hour. (Over
    // the span in weeks, 3.57 × 40 hours, it came out 11.2: the span ends on a Friday evening.)
    expect('rate' in arrival && arrival.rate.count).toBeCloseTo(10, 3);
  });

  it('fits the gaps around the clock when cases arrive at any hour', () => {
    const starts = Array.from({ length: 2000 }, (_, i) => Date.UTC(2024, 0, 1) + i * 10 * 60_000);
    const found = discoverArrival(starts, shanghai, 'hours')!;
    expect(found.calendar).toBeUndefined();
    expect(found.arrival).toEqual({ interarrival: { dist: 'fixed', value: 10, unit: 'min' } });
  });

  it('gives a document that validates with the calendar', () => {
    const found = discoverArrival(officeArrivals(), shanghai, 'hours')!;
    const doc = {
      format: 'flowsmith.process',
      version: 1,
      id: 'p',
      name: 'p',
      roles: [],
      calendars: [found.calendar],
      steps: [
        { id: 's', type: 'start', name: 'S', arrival: found.arrival },
        { id: 'e', type: 'end', name: 'E' },
      ],
      flows: [{ id: 'f', from: 's', to: 'e' }],
    };
    expect(parseProcess(doc).ok).toBe(true);
  });

  it('takes starts smoothed by a queue at the first step as Poisson arrivals of the same mean', () => {
    // Poisson arrivals (mean gap 10 min) served one at a time for 8 min: the starts are regular.
    let seed = 12345;
    const uniform = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    let arrival = 0;
    let free = 0;
    const starts: number[] = [];
    for (let i = 0; i < 3000; i++) {
      arrival += -10 * Math.log(1 - uniform());
      const start = Math.max(arrival, free);
      free = start + 8;
      starts.push(Date.UTC(2024, 0, 1) + start * 60_000);
    }
    const found = discoverArrival(starts, shanghai, 'hours')!;
    const gaps = 'interarrival' in found.arrival ? found.arrival.interarrival : undefined;
    expect(gaps?.dist).toBe('exponential');
    expect(gaps && 'mean' in gaps ? gaps.mean : 0).toBeCloseTo(10, 0);
  });

  it('needs two distinct start times', () => {
    expect(discoverArrival([5], shanghai, 'hours')).toBeUndefined();
    expect(discoverArrival([5, 5], shanghai, 'hours')).toBeUndefined();
  });
});
