import { describe, it, expect } from 'vitest';
import { estimate, type MetricDelta } from '@flowsmith/simulation';
import { formatDelta, formatEstimate, formatFigure, rowUnit } from './formatFigure';

const words = { unit: { min: 'min', h: 'h', d: 'd' }, perHour: '/h' };

describe('formatFigure', () => {
  it('writes times in the row unit, shares in percent and rates per hour', () => {
    expect(formatFigure(90, 'time', 'h', words, 'en')).toBe('1.5 h');
    expect(formatFigure(0.1234, 'share', 'min', words, 'en')).toBe('12.3 %');
    expect(formatFigure(2.3456, 'rate', 'min', words, 'en')).toBe('2.35/h');
    expect(formatFigure(1234.567, 'money', 'min', words, 'en')).toBe('1,235');
    expect(formatFigure(NaN, 'time', 'min', words, 'en')).toBe('—');
  });

  it('picks the row unit from the largest mean', () => {
    expect(rowUnit([estimate([30, 40]), estimate([200, 220])])).toBe('h');
    expect(rowUnit([estimate([3000])])).toBe('d');
    expect(rowUnit([undefined])).toBe('min');
  });

  it('shows the interval after the mean, without repeating the unit', () => {
    expect(formatEstimate(estimate([60, 66, 72]), 'time', 'min', words, 'en')).toMatch(
      /^66 min \(\d+\.?\d* – \d+\.?\d* min\)$/,
    );
    expect(formatEstimate(estimate([60]), 'time', 'min', words, 'en')).toBe('60 min');
    expect(formatEstimate(estimate([0, 0, 0]), 'time', 'min', words, 'en')).toBe('0 min');
  });

  it('signs a change and its interval', () => {
    const delta = estimate([-10, -12, -14]);
    const d: MetricDelta = { asIs: 100, toBe: 88, delta, relative: -0.12, significant: true };
    const text = formatDelta(d, 'time', 'min', words, 'en');
    expect(text.startsWith('−12 min (−')).toBe(true);
    expect(text.endsWith(' min)')).toBe(true);
  });
});
