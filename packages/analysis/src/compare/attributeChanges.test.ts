import { describe, expect, it } from 'vitest';
import { build, diffProcesses, generateProcess, type ProcessDocument } from '@flowsmith/model';
import { improve } from '../improve';
import { attributeChanges, attributeCommandChanges } from './attributeChanges';
import { KPI_KEYS } from './kpiFigures';

const { chain, end, processOf, role, start, task, fixed } = build;

/** (o) -> a -> b -> c -> d -> (o), one clerk; arrivals every `gap` minutes (none: no queues). */
const line = (gap?: number): ProcessDocument =>
  processOf('p', {
    roles: [role('clerk', 1, 60)],
    steps: [
      start('start', gap),
      task('a', 'clerk', fixed(2)),
      task('b', 'clerk', fixed(3)),
      task('c', 'clerk', fixed(4)),
      task('d', 'clerk', fixed(1)),
      end(),
    ],
    flows: chain('start', 'a', 'b', 'c', 'd', 'end'),
  });
const without = (doc: ProcessDocument, ...ids: string[]): ProcessDocument => {
  const keep = ['start', ...['a', 'b', 'c', 'd'].filter((x) => !ids.includes(x)), 'end'];
  return { ...doc, steps: doc.steps.filter((s) => keep.includes(s.id)), flows: chain(...keep) };
};

describe('attributeChanges', () => {
  it('the parts add up: Σ alone + interaction = total, for every figure', () => {
    const asIs = line(12);
    const toBe = without(asIs, 'b', 'd');
    const a = attributeChanges(asIs, toBe);
    expect(a.changes).toHaveLength(2);
    for (const k of KPI_KEYS) expect(a.sumAlone[k] + a.interaction[k]).toBeCloseTo(a.total[k], 9);
    expect(a.total.steps).toBe(-2);
  });

  it('without queues the changes are independent: interaction 0, alone = left out', () => {
    const asIs = line();
    const a = attributeChanges(asIs, without(asIs, 'b', 'd'));
    expect(a.total.cycleTime).toBeCloseTo(-4, 9);
    expect(a.changes.map((c) => c.alone.cycleTime).sort((x, y) => x - y)).toEqual([-3, -1]);
    expect(a.interaction.cycleTime).toBeCloseTo(0, 9);
    for (const c of a.changes) expect(c.leftOut.cycleTime).toBeCloseTo(c.alone.cycleTime, 9);
  });

  it('with a busy clerk, removing work helps more together than the parts alone say (interaction shown)', () => {
    const asIs = line(10.5);
    const a = attributeChanges(asIs, without(asIs, 'b', 'd'));
    expect(Math.abs(a.interaction.cycleTime)).toBeGreaterThan(0.01);
    expect(a.sumAlone.cycleTime + a.interaction.cycleTime).toBeCloseTo(a.total.cycleTime, 9);
  });

  it('the to-be side has the to-be document’s own figures', () => {
    const asIs = line(12);
    const toBe = without(asIs, 'c');
    const diff = diffProcesses(asIs, toBe);
    expect(attributeChanges(asIs, toBe, { diff }).toBe.cycleTime).toBeCloseTo(
      attributeChanges(toBe, toBe).asIs.cycleTime,
      9,
    );
  });

  it('attributes improve()’s changes by their commands', () => {
    const asIs = build.processOf('x', {
      ...line(12),
      steps: line(12).steps.map((s) => (s.id === 'c' ? { ...s, value: 'NVA' as const } : s)),
    });
    const result = improve(asIs);
    const a = attributeCommandChanges(
      asIs,
      result.changes.map((c, i) => ({ id: `c${i + 1}`, commands: c.suggestion.commands })),
    );
    expect(a.changes).toHaveLength(result.changes.length);
    for (const k of KPI_KEYS) expect(a.sumAlone[k] + a.interaction[k]).toBeCloseTo(a.total[k], 9);
    expect(a.toBe.cycleTime).toBeCloseTo(result.after.cycleTime.mean, 9);
  });

  it('computes each change alone, not left out, on a large process', () => {
    const asIs = generateProcess({ steps: 2_600, seed: 5 });
    const task = asIs.steps.find((s) => s.type === 'task')!;
    const toBe = {
      ...asIs,
      steps: asIs.steps.map((s) => (s.id === task.id ? { ...s, name: `${s.name} (new)` } : s)),
      roles: asIs.roles.map((r, i) => (i === 0 ? { ...r, capacity: (r.capacity ?? 1) + 1 } : r)),
    };
    const a = attributeChanges(asIs, toBe);
    expect(a.aloneOnly).toBe(true);
    expect(a.changes.length).toBeGreaterThan(0);
    for (const c of a.changes) for (const k of KPI_KEYS) expect(c.leftOut[k]).toBeNaN();
    expect(attributeChanges(line(10), line(10)).aloneOnly).toBe(false);
  });
});
