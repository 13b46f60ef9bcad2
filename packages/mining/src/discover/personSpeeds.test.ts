import { describe, expect, it } from 'vitest';
import { personSpeeds, timesAtSpeedOne } from './personSpeeds';

/** `n` times alternating around `mean` (±20 %). */
const around = (mean: number, n: number) =>
  Array.from({ length: n }, (_, i) => mean * (i % 2 ? 1.2 : 0.8));
const roleOf = new Map([
  ['check', 'clerk'],
  ['decide', 'clerk'],
]);

describe('personSpeeds', () => {
  it('gives each person the activity’s mean over their mean, pooled over the role’s activities', () => {
    const times = new Map([
      [
        'check',
        new Map([
          ['ann', around(10, 40)],
          ['bob', around(20, 40)],
        ]),
      ],
      [
        'decide',
        new Map([
          ['ann', around(4, 40)],
          ['bob', around(8, 40)],
        ]),
      ],
    ]);
    const speeds = personSpeeds(times, roleOf);
    // check: mean 15, decide: 6 → ann 21 expected per pair against 14 taken, bob 21 against 28.
    expect(Object.fromEntries(speeds.get('clerk')!)).toEqual({ ann: 1.5, bob: 0.75 });
    const rescaled = timesAtSpeedOne(times, roleOf, speeds);
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    expect(mean(rescaled.get('check')!)).toBeCloseTo(15, 9);
    expect(mean(rescaled.get('check')!.slice(0, 40))).toBeCloseTo(15, 9);
  });

  it('gives none for small differences, few executions, one person or no clear difference', () => {
    const small = new Map([
      [
        'check',
        new Map([
          ['ann', around(10, 200)],
          ['bob', around(11, 200)],
        ]),
      ],
    ]);
    expect(personSpeeds(small, roleOf).size).toBe(0);
    const few = new Map([
      [
        'check',
        new Map([
          ['ann', around(10, 29)],
          ['bob', around(20, 29)],
        ]),
      ],
    ]);
    expect(personSpeeds(few, roleOf).size).toBe(0);
    const one = new Map([
      [
        'check',
        new Map([
          ['ann', around(10, 40)],
          ['', around(20, 40)],
        ]),
      ],
    ]);
    expect(personSpeeds(one, roleOf).size).toBe(0);
    // Times spread so widely that a ratio of 1.5 is within chance.
    const wide = (mean: number) =>
      Array.from({ length: 30 }, (_, i) => (i % 10 ? 0.01 : mean * 10));
    const noisy = new Map([
      [
        'check',
        new Map([
          ['ann', wide(10)],
          ['bob', wide(15)],
        ]),
      ],
    ]);
    expect(personSpeeds(noisy, roleOf).size).toBe(0);
  });
});
