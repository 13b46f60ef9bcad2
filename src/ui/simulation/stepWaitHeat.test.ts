import { describe, it, expect } from 'vitest';
import type { SimulationSummary } from '@flowsmith/simulation';
import { stepWaitHeat } from './stepWaitHeat';

describe('stepWaitHeat', () => {
  it('keeps the mean wait of steps that ran, in minutes', () => {
    const summary = {
      steps: {
        a: { count: 10, waitMean: 12.5, serviceMean: 3, slaBreachRate: 0 },
        b: { count: 0, waitMean: 0, serviceMean: 0, slaBreachRate: 0 },
        __proto__x: { count: 1, waitMean: NaN, serviceMean: 1, slaBreachRate: 0 },
      },
    } as unknown as SimulationSummary;
    expect({ ...stepWaitHeat(summary) }).toEqual({ a: { waitMean: 12.5 } });
  });
});
