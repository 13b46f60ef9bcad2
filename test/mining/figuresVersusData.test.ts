/**
 * "The drawn map's figures vs the data" (issue 19 item 5): the purchase-approval as-is (role
 * calendars, an arrival calendar, xor branches) simulated with a seed agrees with its own log;
 * the same map with a doubled duration, a swapped branch and a halved arrival rate does not, and
 * each disagreement is a finding with its step id and both values, in en and zh-CN.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionMean, parseProcess, type ProcessDocument } from '@flowsmith/model';
import { branchTasks, describeFigureFinding, figuresVersusData } from '@flowsmith/mining';
import { exportedLog } from './exportedLog';

function example(name: string): ProcessDocument {
  const parsed = parseProcess(
    JSON.parse(readFileSync(join(__dirname, '../../examples', `${name}.flow.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${name} is not valid`);
  return parsed.document;
}

describe('figures vs data', async () => {
  const drawn = example('purchase-approval-as-is');
  const log = await exportedLog(drawn, { cases: 1500, seed: 9 });
  const split = branchTasks(drawn).find((s) =>
    s.branches.every((b) => drawn.flows.find((f) => f.id === b.flow)!.probability !== undefined),
  )!;

  it('finds nothing when the map is the one the log came from (calendars in working minutes)', () => {
    expect(split).toBeDefined();
    expect(figuresVersusData(drawn, log)).toEqual([]);
  });

  it('lists a wrong duration, branch probability and arrival rate with step ids and both values', () => {
    const task = drawn.steps.find((s) => s.type === 'task' && s.duration)!;
    const [a, b] = split.branches;
    const pa = drawn.flows.find((f) => f.id === a!.flow)!.probability!;
    const pb = drawn.flows.find((f) => f.id === b!.flow)!.probability!;
    expect(Math.abs(pa - pb)).toBeGreaterThan(0.2);
    const wrong: ProcessDocument = structuredClone(drawn);
    const t = wrong.steps.find((s) => s.id === task.id)!;
    if (t.type === 'task' && task.type === 'task')
      t.duration = { dist: 'fixed', value: 2 * distributionMean(task.duration!) };
    for (const f of wrong.flows) {
      if (f.id === a!.flow) f.probability = pb;
      if (f.id === b!.flow) f.probability = pa;
    }
    const start = wrong.steps.find((s) => s.type === 'start')!;
    if (start.type === 'start' && start.arrival && 'rate' in start.arrival)
      start.arrival.rate = { ...start.arrival.rate, count: start.arrival.rate.count / 2 };
    const findings = figuresVersusData(wrong, log);
    expect(findings.find((f) => f.kind === 'duration')).toMatchObject({ step: task.id });
    const d = findings.find((f) => f.kind === 'duration')!;
    expect(d.drawn / d.data).toBeGreaterThan(1.6);
    expect(findings.filter((f) => f.kind === 'probability').map((f) => f.step)).toContain(
      split.step,
    );
    expect(findings.find((f) => f.kind === 'arrival')).toMatchObject({ step: start.id });
    expect(findings.length).toBe(4);
    expect(describeFigureFinding(d, 'en')).toContain(task.id);
    expect(describeFigureFinding(d, 'zh-CN')).toMatch(/图上平均时长/);
  });
});
