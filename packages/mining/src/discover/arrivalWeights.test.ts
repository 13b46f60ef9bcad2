import { describe, expect, it } from 'vitest';
import { arrivalWeights } from './arrivalWeights';

/** Monday to Friday 09:00–17:00, as open (true) and as the hours four weeks of log cover. */
const office = Array.from(
  { length: 168 },
  (_, i) => Math.floor(i / 24) < 5 && i % 24 >= 9 && i % 24 < 17,
);
const fourWeeks = office.map((open) => (open ? 4 : 0));

describe('arrivalWeights', () => {
  it('finds mornings twice as busy as afternoons, and no weekday difference', () => {
    // Four weeks: 40 arrivals in each morning hour, 20 in each afternoon hour.
    const counts = office.map((open, i) => (!open ? 0 : i % 24 < 12 ? 40 : 20));
    expect(arrivalWeights(counts, fourWeeks)).toEqual({
      hours: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('finds a quiet Friday', () => {
    const counts = office.map((open, i) => (!open ? 0 : Math.floor(i / 24) === 4 ? 15 : 30));
    expect(arrivalWeights(counts, fourWeeks)).toEqual({ days: [1, 1, 1, 1, 0.5, 0, 0] });
  });

  it('keeps one rate when the counts differ by chance only', () => {
    // Around 30 an hour, off by the square root of 30 at most.
    const counts = office.map((open, i) => (!open ? 0 : 30 + ((i * 7) % 11) - 5));
    expect(arrivalWeights(counts, fourWeeks)).toBeUndefined();
  });

  it('counts the hours the log covers: 4 weeks and 5 days have one Monday more than Sundays', () => {
    // 10 an hour around the clock: 50 in each weekday hour over 5 of them, 40 at weekends.
    const counts = Array.from({ length: 168 }, (_, i) => (Math.floor(i / 24) < 5 ? 50 : 40));
    const cover = Array.from({ length: 168 }, (_, i) => (Math.floor(i / 24) < 5 ? 5 : 4));
    expect(arrivalWeights(counts, cover)).toBeUndefined();
  });
});

describe('arrivalWeights on a weekday spread of chance', () => {
  it('keeps one rate for weekday counts a Poisson stream gives (chi-square 12.5 on 4 df)', () => {
    // 26 weeks of a simulated office stream: 550, 571, 592, 656 and 631 cases from Monday.
    const days = [550, 571, 592, 656, 631];
    const counts = office.map((open, i) => (open ? days[Math.floor(i / 24)]! / 8 : 0));
    const cover = office.map((open) => (open ? 26 : 0));
    expect(arrivalWeights(counts, cover)).toBeUndefined();
  });
});
