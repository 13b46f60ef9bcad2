import { describe, expect, it } from 'vitest';
import { heatMetricOf } from './heatMetricOf';

describe('heatMetricOf', () => {
  it('follows the analysis switch for the analysis heat', () => {
    const heat = {
      source: 'analysis' as const,
      label: '',
      steps: { a: { utilization: 0.5, waitMean: 3 } },
    };
    expect(heatMetricOf(heat, 'utilization')).toBe('utilization');
    expect(heatMetricOf(heat, 'wait')).toBe('wait');
  });
  it('shows a simulation’s waits when it wrote any, else its utilisation', () => {
    expect(
      heatMetricOf(
        { source: 'simulation', label: '', steps: { a: { waitMean: 4 } } },
        'utilization',
      ),
    ).toBe('wait');
    expect(
      heatMetricOf({ source: 'simulation', label: '', steps: { a: { utilization: 0.4 } } }, null),
    ).toBe('utilization');
  });
});
