/**
 * Round trip (issue 19): simulate a known process with a seed, export its event log with the
 * simulation's own CSV writer, discover it back, and compare structure and parameters.
 * Tolerances: duration and arrival means within 5 %, branch and repeat probabilities within 0.02,
 * role capacities exact (the most people of the role at work in one week: the log's `person`
 * column names the capacity units, SIM-LOG-4).
 */
import { describe, expect, it } from 'vitest';
import {
  distributionMean,
  type Distribution,
  type ProcessDocument,
  type TaskStep,
} from '@flowsmith/model';
import { discoverProcess, readCsvLog, readXesLog, tokenReplay } from '@flowsmith/mining';
import { eventLogCsv, eventLogXes, runReplicationSync } from '@flowsmith/simulation';

const tri = (min: number, mode: number, max: number): Distribution => ({
  dist: 'triangular',
  min,
  mode,
  max,
});

//   start → A → (B | C) → (D ∥ E) → F ⟲ → end
const known: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'known',
  name: 'Known',
  roles: [
    { id: 'clerk', name: 'Clerk', capacity: 2 },
    { id: 'expert', name: 'Expert', capacity: 3 },
  ],
  steps: [
    {
      id: 'start',
      type: 'start',
      name: 'Start',
      arrival: { interarrival: { dist: 'exponential', mean: 10 } },
    },
    { id: 'A', type: 'task', name: 'Register', role: 'clerk', duration: tri(2, 4, 8) },
    { id: 'x1', type: 'xor', name: 'Kind?' },
    {
      id: 'B',
      type: 'task',
      name: 'Quick check',
      role: 'clerk',
      duration: { dist: 'exponential', mean: 5 },
    },
    {
      id: 'C',
      type: 'task',
      name: 'Full check',
      role: 'expert',
      duration: { dist: 'lognormal', mean: 12, sd: 4 },
    },
    { id: 'x2', type: 'xor', name: 'merge' },
    { id: 'p1', type: 'and', name: 'split' },
    {
      id: 'D',
      type: 'task',
      name: 'Price',
      role: 'expert',
      duration: { dist: 'erlang', mean: 6, k: 2 },
    },
    { id: 'E', type: 'task', name: 'Letter', role: 'clerk', duration: tri(1, 2, 4) },
    { id: 'p2', type: 'and', name: 'join' },
    { id: 'x3', type: 'xor', name: 'merge again' },
    { id: 'F', type: 'task', name: 'Approve', role: 'expert', duration: tri(3, 5, 10) },
    { id: 'x4', type: 'xor', name: 'ok?' },
    { id: 'end', type: 'end', name: 'End' },
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'A' },
    { id: 'f2', from: 'A', to: 'x1' },
    { id: 'f3', from: 'x1', to: 'B', probability: 0.7 },
    { id: 'f4', from: 'x1', to: 'C', probability: 0.3 },
    { id: 'f5', from: 'B', to: 'x2' },
    { id: 'f6', from: 'C', to: 'x2' },
    { id: 'f7', from: 'x2', to: 'p1' },
    { id: 'f8', from: 'p1', to: 'D' },
    { id: 'f9', from: 'p1', to: 'E' },
    { id: 'f10', from: 'D', to: 'p2' },
    { id: 'f11', from: 'E', to: 'p2' },
    { id: 'f12', from: 'p2', to: 'x3' },
    { id: 'f13', from: 'x3', to: 'F' },
    { id: 'f14', from: 'F', to: 'x4' },
    { id: 'f15', from: 'x4', to: 'x3', probability: 0.2 },
    { id: 'f16', from: 'x4', to: 'end', probability: 0.8 },
  ],
};

describe('simulate → event log → discover (round trip)', () => {
  const run = runReplicationSync(known, { cases: 3000, warmup: 0, replications: 1, seed: 7 }, 0, {
    recordLog: true,
  });
  const csv = eventLogCsv(run.log!);

  it('rediscovers the steps, the gateways and every parameter within the stated tolerances', async () => {
    const { log, problems } = await readCsvLog(csv, {
      mapping: { role: 'role', resource: 'resource' },
    });
    expect(problems).toEqual([]);
    const found = discoverProcess(log, { noise: 0 });
    expect(found.treeText).toMatch(
      /^->\(Register, X\((Quick check, Full check|Full check, Quick check)\), \+\((Price, Letter|Letter, Price)\), \*\(Approve, tau\)\)$/,
    );
    const doc = found.document;
    const byName = new Map(
      doc.steps.filter((s): s is TaskStep => s.type === 'task').map((s) => [s.name, s]),
    );
    for (const step of known.steps) {
      if (step.type !== 'task') continue;
      const got = byName.get(step.name)!;
      expect(got.role).toBe(step.role);
      const want = distributionMean(step.duration!);
      expect(Math.abs(distributionMean(got.duration!) - want) / want).toBeLessThan(0.05);
    }
    const start = doc.steps.find((s) => s.type === 'start');
    const arrival =
      start?.type === 'start' && start.arrival && 'interarrival' in start.arrival
        ? start.arrival.interarrival
        : undefined;
    expect(Math.abs(distributionMean(arrival!) - 10) / 10).toBeLessThan(0.05);
    const prob = (to: string) => doc.flows.find((f) => f.to === byName.get(to)!.id)!.probability!;
    expect(Math.abs(prob('Full check') - 0.3)).toBeLessThan(0.02);
    const repeat = doc.flows.filter(
      (f) => f.probability !== undefined && doc.steps.find((s) => s.id === f.to)?.type === 'xor',
    );
    expect(repeat.some((f) => Math.abs(f.probability! - 0.2) < 0.02)).toBe(true);
    expect(Object.fromEntries(doc.roles.map((r) => [r.id, r.capacity]))).toEqual({
      clerk: 2,
      expert: 3,
    });
    expect(doc.description).toContain('touch times');
    expect(tokenReplay(doc, log).fitness).toBe(1);
  });

  it('reads the same log from the simulation XES export', async () => {
    const fromCsv = (await readCsvLog(csv, { mapping: { role: 'role', resource: 'resource' } }))
      .log;
    const fromXes = (await readXesLog(eventLogXes(run.log!, 'Known'))).log;
    expect(fromXes.cases.length).toBe(fromCsv.cases.length);
    expect(fromXes.cases[5]!.events.map((e) => e.activity)).toEqual(
      fromCsv.cases[5]!.events.map((e) => e.activity),
    );
    // XES names the person as org:resource and the role as org:role: the same people, roles.
    expect(fromXes.cases[5]!.events.map((e) => [e.resource, e.role])).toEqual(
      fromCsv.cases[5]!.events.map((e) => [e.resource, e.role]),
    );
    const xesFound = discoverProcess(fromXes, { noise: 0 });
    const csvFound = discoverProcess(fromCsv, { noise: 0 });
    expect(xesFound.treeText).toBe(csvFound.treeText);
    expect(xesFound.document.roles).toEqual(csvFound.document.roles);
  });
});
