import { describe, it, expect } from 'vitest';
import { build, gallery } from '@flowsmith/model';
import { prepareSimulation, runReplication, runReplicationSync, SimulationError } from './index';

describe('runReplication', () => {
  it('SIM-DET-1 the same document, scenario and index give the same result; another index differs', () => {
    const a = runReplicationSync(gallery.reworkLoop, { cases: 500, seed: 9 }, 2);
    const b = runReplicationSync(gallery.reworkLoop, { cases: 500, seed: 9 }, 2);
    const c = runReplicationSync(gallery.reworkLoop, { cases: 500, seed: 9 }, 3);
    expect(b).toEqual(a);
    expect(c.cycleTime.mean).not.toBe(a.cycleTime.mean);
  });

  it('SIM-DET-2 results are plain JSON: they survive JSON.stringify unchanged', () => {
    const r = runReplicationSync(gallery.xorSplitJoin, { cases: 200 }, 0);
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      ...r,
      roles: { ...r.roles },
      steps: { ...r.steps },
    });
    expect(Object.keys(r.roles)).toEqual(['clerk', 'manager']);
  });

  it('SIM-DET-3 the async runner reports progress up to 1 and gives the same result as the sync one', async () => {
    const seen: number[] = [];
    const r = await runReplication(gallery.mm1, { cases: 3000 }, 0, {
      sliceEvents: 500,
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(r).toEqual(runReplicationSync(gallery.mm1, { cases: 3000 }, 0));
  });

  it('SIM-DET-4 an aborted signal stops the run with sim.cancelled', async () => {
    const signal = { aborted: false };
    const run = runReplication(gallery.mm1, { cases: 100_000 }, 0, {
      sliceEvents: 1000,
      signal,
      onProgress: (f) => {
        if (f > 0.01) signal.aborted = true;
      },
    });
    await expect(run).rejects.toMatchObject({ problems: [{ code: 'sim.cancelled' }] });
  });

  it('SIM-CRN-1 common random numbers: a to-be with one more clerk sees the same arrivals and durations', () => {
    const asIs = runReplicationSync(gallery.mm1, { cases: 2000, seed: 4 }, 0);
    const toBe = runReplicationSync(
      gallery.mm1,
      { cases: 2000, seed: 4, overrides: { capacity: { clerk: 2 } } },
      0,
    );
    expect(toBe.steps.serve!.serviceMean).toBe(asIs.steps.serve!.serviceMean);
    expect(toBe.cycleTime.mean).toBeLessThan(asIs.cycleTime.mean);
  });

  it('SIM-SCN-1 overrides: 30 % more arrivals, half the duration, other probabilities', () => {
    const base = runReplicationSync(gallery.xorSplitJoin, { cases: 4000, seed: 2 }, 0);
    const more = runReplicationSync(
      gallery.xorSplitJoin,
      { cases: 4000, seed: 2, overrides: { arrivalRate: 1.3 } },
      0,
    );
    expect(more.throughputPerHour / base.throughputPerHour).toBeCloseTo(1.3, 1);
    const fast = runReplicationSync(
      gallery.xorSplitJoin,
      { cases: 4000, seed: 2, overrides: { duration: { large: 0.5 } } },
      0,
    );
    expect(fast.steps.large!.serviceMean / base.steps.large!.serviceMean).toBeCloseTo(0.5, 1);
    const all = runReplicationSync(
      gallery.xorSplitJoin,
      {
        cases: 1000,
        seed: 2,
        overrides: { probabilities: { 'split-small': 0, 'split-large': 1 } },
      },
      0,
    );
    expect(all.steps.small!.count).toBe(0);
  });

  it('SIM-SCN-2 warm-up cases are not measured', () => {
    const r = runReplicationSync(gallery.mm1, { cases: 1000, warmup: 250 }, 0);
    expect(r.cases).toBe(1000);
    expect(r.arrived).toBe(1250);
    expect(r.steps.serve!.count).toBe(1000);
  });

  it('SIM-SCN-3 a horizon ends the run; cases still inside are counted as unfinished', () => {
    const r = runReplicationSync(gallery.mm1, { horizon: '2d', warmup: '4h' }, 0);
    expect(r.endTime).toBe(2 * 1440);
    expect(r.window[1]).toBe(2 * 1440);
    expect(r.window[0]).toBeGreaterThanOrEqual(240);
    expect(r.arrived).toBeGreaterThan(200);
    expect(r.wip.series.values.length).toBeGreaterThan(10);
  });

  it('SIM-SCN-4 cost per case is role hourly cost × busy time; the case SLA counts breaches', () => {
    const doc = build.processOf('cost', {
      roles: [build.role('clerk', 5, 120)],
      steps: [build.start('start', 10), build.task('a', 'clerk', build.fixed(30)), build.end()],
      flows: build.chain('start', 'a', 'end'),
    });
    const r = runReplicationSync(doc, { cases: 100, sla: 29 }, 0);
    expect(r.costPerCase).toBeCloseTo(60, 9);
    expect(r.slaBreachRate).toBe(1);
  });

  it('SIM-REF-1 refuses an unstable role on an open horizon, not on a number of cases', () => {
    const slow = {
      ...gallery.mm1,
      steps: gallery.mm1.steps.map((s) =>
        s.type === 'task' ? { ...s, duration: build.exp(11) } : s,
      ),
    };
    expect(() => prepareSimulation(slow, { horizon: '30d' })).toThrow(
      /role "clerk" would be busy 110 %/,
    );
    expect(prepareSimulation(slow, { cases: 10 }).loads.clerk).toBeCloseTo(1.1, 9);
  });

  it('SIM-REF-2 refuses what the engine cannot run, with every reason, in Chinese too', () => {
    const noArrival = {
      ...gallery.sequence3,
      steps: gallery.sequence3.steps.map((s) =>
        s.type === 'start' ? { id: s.id, type: 'start' as const, name: s.name } : s,
      ),
    };
    expect(() => prepareSimulation(noArrival, {})).toThrow(SimulationError);
    expect(() => prepareSimulation(gallery.withSubprocess, {}, { lang: 'zh-CN' })).toThrow(
      /子流程步骤 "sub"/,
    );
    const self = { ...gallery.withSubprocess, id: 'sequence3' };
    expect(() => prepareSimulation(self, {}, { resolveProcess: () => self })).toThrow(
      /calls itself/,
    );
    const badProb = {
      ...gallery.reworkLoop,
      flows: gallery.reworkLoop.flows.map((f) =>
        f.id === 'ok-end' ? { ...f, probability: 0.5 } : f,
      ),
    };
    expect(() => prepareSimulation(badProb, {})).toThrow(/add up to 0.700, not 1/);
    expect(() => prepareSimulation(gallery.mm1, { cases: 0 })).toThrow(
      /cases: must be a whole number/,
    );
  });

  it('SIM-SEM-3 a case stuck in a deadlock stays unfinished instead of being counted', () => {
    const doc = {
      ...gallery.deadlockAfterXor,
      steps: gallery.deadlockAfterXor.steps.map((s) =>
        s.type === 'start' ? build.start(s.id, 10) : s,
      ),
    };
    const r = runReplicationSync(doc, { cases: 50, warmup: 0 }, 0);
    expect(r.unfinished).toBe(50);
    expect(r.cases).toBe(0);
  });

  it('records the event log on request', () => {
    const r = runReplicationSync(gallery.sequence3, { cases: 10, warmup: 0 }, 1, {
      recordLog: true,
    });
    expect(r.log).toHaveLength(30);
    expect(r.log![0]).toMatchObject({ replication: 1, caseId: 0, step: 'a', role: 'clerk' });
    for (const e of r.log!) expect(e.ready <= e.start && e.start <= e.end).toBe(true);
  });

  it('treats hostile ids (__proto__, constructor, <script>, Chinese, emoji) as plain names', () => {
    const doc = build.processOf('hostile', {
      roles: [build.role('constructor', 1, 10), build.role('__proto__', 2)],
      steps: [
        build.start('__proto__', 10),
        build.task('<script>alert(1)</script>', 'constructor', 3),
        build.task('审批😀', '__proto__', 4),
        build.end('toString'),
      ],
      flows: build.chain('__proto__', '<script>alert(1)</script>', '审批😀', 'toString'),
    });
    const capacity = JSON.parse('{ "__proto__": 3 }') as Record<string, number>;
    const plan = prepareSimulation(doc, { cases: 300, overrides: { capacity } });
    expect(plan.model.roles.map((x) => x.capacity)).toEqual([1, 3]);
    const r = runReplicationSync(plan, undefined, 0);
    expect(Object.keys(r.steps)).toEqual(['<script>alert(1)</script>', '审批😀']);
    expect(Object.keys(r.roles)).toEqual(['constructor', '__proto__']);
    expect(r.steps['审批😀']!.count).toBe(300);
    expect(JSON.parse(JSON.stringify(r)).roles.__proto__.utilization).toBeGreaterThan(0);
  });
});
