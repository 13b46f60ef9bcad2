import { describe, expect, it } from 'vitest';
import type { ValidationRow } from '@flowsmith/mining';
import { validationCells, verdictOf } from './validationCells';

const row = (over: Partial<ValidationRow>): ValidationRow => ({
  metric: 'cycleMean',
  log: 100,
  simulated: 105,
  error: 0.05,
  tolerance: 0.1,
  allowed: 10,
  pass: true,
  ...over,
});

describe('validationCells', () => {
  it('formats like the CLI: no decimals from 100, two below, the error in per cent', () => {
    expect(
      validationCells(row({ log: 1958, simulated: 2010.4, error: 0.0267, allowed: 195.8 }), 'en'),
    ).toEqual({
      figure: 'cycle time, mean (min)',
      log: '1958',
      simulated: '2010',
      error: '2.7 %',
      tolerance: '±10 %',
      verdict: 'ok',
    });
    const wait = row({
      metric: 'wait',
      subject: '审核',
      log: 5.26,
      simulated: 4.1,
      error: -0.2205,
    });
    expect(validationCells(wait, 'zh-CN')).toMatchObject({
      figure: '等待时间（分钟）：审核',
      log: '5.26',
      simulated: '4.10',
      error: '-22.1 %',
    });
    expect(validationCells(row({ log: 0, simulated: 1, error: Infinity }), 'en').error).toBe('–');
  });

  it('shows utilisation as a difference, its role by name', () => {
    const u = row({
      metric: 'utilisation',
      subject: 'role-2',
      log: 0.56,
      simulated: 0.526,
      error: -0.034,
      tolerance: 0.05,
      allowed: 0.05,
    });
    const cells = validationCells(u, 'en', (id) => (id === 'role-2' ? '审核组' : undefined));
    expect(cells).toMatchObject({
      figure: 'utilisation: 审核组',
      log: '0.56',
      simulated: '0.53',
      error: '-0.034',
      tolerance: '±0.05',
    });
    expect(validationCells(u, 'en').figure).toBe('utilisation: role-2');
  });

  it('tells ok, ok only within the runs, FAIL and too few cases apart', () => {
    expect(verdictOf(row({}))).toBe('ok');
    expect(verdictOf(row({ simulated: 130, error: 0.3, band: [90, 170] }))).toBe('band');
    expect(verdictOf(row({ simulated: 130, error: 0.3, pass: false }))).toBe('fail');
    const { pass: _pass, ...unjudged } = row({});
    expect(verdictOf(unjudged)).toBe('unjudged');
  });
});
