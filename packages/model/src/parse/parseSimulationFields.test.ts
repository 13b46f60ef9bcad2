import { describe, expect, it } from 'vitest';
import { parseProcess } from './parseProcess';
import { simulationDocument } from './simulationFixtures';

describe('parseProcess: the simulation fields', () => {
  it('reads every new field and keeps it unchanged', () => {
    const input = simulationDocument();
    const result = parseProcess(input);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const doc = result.document;
    expect(doc.roles[0]!.members![0]).toEqual({
      id: 'ann',
      name: 'Ann',
      calendar: 'office',
      speed: 1.25,
      durations: { work: { dist: 'fixed', value: 4, unit: 'min' } },
    });
    expect(doc.roles[1]!.queue).toBe('dueDate');
    expect(doc.steps[1]).toMatchObject({
      batch: { size: 5, window: { value: 1, unit: 'd' }, schedule: 'tuesday', perCase: 0.2 },
      sets: { approved: true, rounds: { add: 1 }, tier: { choice: { gold: 1, silver: 3 } } },
    });
    expect(doc.steps[2]!.type).toBe('or');
    expect(doc.steps[7]).toEqual({ id: 'stop', type: 'end', name: 'Refused', terminate: true });
    expect(doc.simulation).toEqual(input.simulation);
    expect(doc.calendars![0]!.week[0]!.to).toBe('17:30:30');
  });

  it('is stable: parsing the parsed document gives it back', () => {
    const first = parseProcess(simulationDocument());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = parseProcess(JSON.parse(JSON.stringify(first.document)));
    expect(second.ok && second.document).toEqual(first.document);
  });

  it('keeps __proto__ out: refused as a data name, a choice value or a member duration key', () => {
    const d = simulationDocument();
    const work = d.steps[1] as Record<string, unknown>;
    work.sets = JSON.parse('{"__proto__": {"add": 1}}');
    const sim = d.simulation as Record<string, unknown>;
    sim.attributes = JSON.parse('{"tier": {"choice": {"__proto__": 1}}}');
    const ann = (d.roles[0]!.members as Record<string, unknown>[])[0]!;
    ann.durations = JSON.parse('{"__proto__": 4}');
    const result = parseProcess(d);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['roles[0].members[0].durations.__proto__', 'key.reserved'],
      ['steps[1].sets.__proto__', 'key.reserved'],
      ['simulation.attributes.tier.choice.__proto__', 'key.reserved'],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('tells zh-CN readers too', () => {
    const d = simulationDocument();
    (d.steps[1] as Record<string, unknown>).batch = { perCase: 1 };
    const result = parseProcess(d, { lang: 'zh-CN' });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      '批处理至少需要 "size"（不小于 2）、"window"、"schedule" 之一',
    ]);
  });

  it('accepts bounds that keep one value of an empirical distribution', () => {
    const d = simulationDocument();
    (d.steps[1] as Record<string, unknown>).duration = {
      dist: 'empirical',
      values: [1, 2, 4],
      bounds: { min: 4, max: 9 },
    };
    expect(parseProcess(d).ok).toBe(true);
  });
});
