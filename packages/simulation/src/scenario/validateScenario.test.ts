import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import { parseDuration } from './parseDuration';
import { validateScenario } from './validateScenario';

describe('validateScenario', () => {
  it('fills in defaults', () => {
    const r = validateScenario({});
    expect(r).toMatchObject({
      ok: true,
      scenario: {
        cases: 10_000,
        warmupCases: 1_000,
        replications: 10,
        seed: 1,
        calendarMode: 'pause',
        horizon: Infinity,
      },
    });
    const h = validateScenario({ horizon: '30d' });
    expect(h).toMatchObject({ ok: true, scenario: { horizon: 43_200, warmupCases: 0 } });
  });

  it('lists every problem with its JSON path, checking references against the document', () => {
    const r = validateScenario(
      {
        cases: 1.5,
        horizon: 'soon',
        replications: 0,
        calendarMode: 'nap',
        colour: 'red',
        overrides: {
          arrivalRate: -1,
          capacity: { ghost: 2, clerk: 0 },
          duration: { nope: 2 },
          probabilities: { 'split-small': 2, x: 0.5 },
        },
        attributes: {
          amount: { dist: 'uniform', min: 5 },
          region: { choice: { a: -1 } },
          ok: 'yes',
        },
      },
      { document: gallery.xorSplitJoin },
    );
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'cases',
        'horizon',
        'replications',
        'calendarMode',
        'colour',
        'overrides.arrivalRate',
        'overrides.capacity.clerk',
        'overrides.capacity.ghost',
        'overrides.duration.nope',
        'overrides.probabilities.split-small',
        'overrides.probabilities.x',
        'attributes.amount',
        'attributes.region',
      ]),
    );
    expect(paths).not.toContain('attributes.ok');
  });

  it('speaks Chinese, and treats hostile keys as plain names', () => {
    const r = validateScenario(
      JSON.parse('{"__proto__": {"x": 1}, "attributes": {"__proto__": 5, "<script>": "a"}}'),
      { lang: 'zh-CN' },
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({
        path: '__proto__',
        message: '未知的设置 "__proto__"；场景格式见 docs/simulation.md',
      });
    expect(validateScenario([])).toMatchObject({
      ok: false,
      problems: [{ path: '', code: 'scenario.notObject' }],
    });
    expect(validateScenario({ warmup: '3d', horizon: '2d' })).toMatchObject({
      ok: false,
      problems: [{ path: 'warmup' }],
    });
  });
});

describe('parseDuration', () => {
  it('reads minutes and unit strings', () => {
    expect(parseDuration(90)).toBe(90);
    expect(parseDuration('30d')).toBe(43_200);
    expect(parseDuration('1.5h')).toBe(90);
    expect(parseDuration('45s')).toBe(0.75);
    expect(parseDuration('2w')).toBe(20_160);
    expect(parseDuration('soon')).toBeNaN();
    expect(parseDuration(null)).toBeNaN();
  });
});
