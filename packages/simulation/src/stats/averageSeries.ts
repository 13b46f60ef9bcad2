import type { TimeSeries } from '../results';

/**
 * The bin-by-bin average of several series, first merged to the widest bin width among them
 * (widths differ by powers of two when runs last differently long). Pure.
 */
export function averageSeries(series: readonly TimeSeries[]): TimeSeries {
  if (series.length === 0) return { binWidth: 0, values: [] };
  const width = Math.max(...series.map((s) => s.binWidth));
  const merged = series.map((s) => rebin(s, width));
  const length = Math.max(...merged.map((v) => v.length));
  const values: number[] = [];
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let n = 0;
    for (const v of merged) {
      if (i < v.length) {
        sum += v[i]!;
        n++;
      }
    }
    values.push(n ? sum / n : 0);
  }
  return { binWidth: width, values };
}

function rebin(s: TimeSeries, width: number): number[] {
  const factor = Math.max(1, Math.round(width / (s.binWidth || width)));
  if (factor === 1) return s.values;
  const out: number[] = [];
  for (let i = 0; i < s.values.length; i += factor) {
    const group = s.values.slice(i, i + factor);
    out.push(group.reduce((a, b) => a + b, 0) / group.length);
  }
  return out;
}
