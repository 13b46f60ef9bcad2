import { describe, expect, it } from 'vitest';
import { beforeAfterChart } from './beforeAfterChart';

describe('beforeAfterChart', () => {
  const figure = {
    label: '<script>alert(1)</script> 周期',
    asIs: 100,
    toBe: 40,
    asIsText: '100 min',
    toBeText: '40 min',
    change: '−60%',
    verdict: 'better' as const,
  };

  it('draws today over the proposed value to one scale, every text escaped', () => {
    const chart = beforeAfterChart([figure], 'Before & after');
    expect(chart.svg).not.toContain('<script');
    expect(chart.svg).toContain('&lt;script&gt;');
    expect(chart.svg).toContain('Before &amp; after');
    const widths = [...chart.svg.matchAll(/<rect x="190" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.4, 2);
    expect(chart.svg).toContain('fill="#2e7d32">−60%');
  });

  it('gives an unbounded value a full hatched bar and never writes NaN or Infinity', () => {
    const chart = beforeAfterChart(
      [{ ...figure, asIs: Infinity, asIsText: 'unbounded', change: '', verdict: 'better' }],
      'x',
    );
    expect(chart.svg).toContain('url(#fs-unbounded)');
    expect(chart.svg).not.toMatch(/NaN|Infinity/);
  });
});
