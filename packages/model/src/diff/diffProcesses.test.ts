import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chain, end, flow, processOf, role, start, task } from '../testing/build';
import type { ProcessDocument } from '../types/process';
import { applyChangeGroups } from './applyChangeGroups';
import { describeDiff } from './describeDiff';
import { diffProcesses } from './diffProcesses';

/** (o) -> a(clerk) -> b(clerk) -> c(boss) -> (o) */
const base = (): ProcessDocument =>
  processOf('p', {
    roles: [role('clerk'), role('boss')],
    steps: [
      start('start', 10),
      task('a', 'clerk', 2),
      task('b', 'clerk', 3),
      task('c', 'boss', 4),
      end(),
    ],
    flows: chain('start', 'a', 'b', 'c', 'end'),
  });

const kinds = (d: ReturnType<typeof diffProcesses>) => d.steps.map((c) => c.kind);

describe('diffProcesses', () => {
  it('DIFF-0: a document against itself has no changes', () => {
    const d = diffProcesses(base(), base());
    expect(d.identical).toBe(true);
    expect(d.steps).toEqual([]);
    expect(d.flows).toEqual([]);
    expect(d.groups).toEqual([]);
  });

  it('DIFF-1/4: a renamed step keeps its id and lists the name as changed', () => {
    const toBe = base();
    toBe.steps[2] = { ...toBe.steps[2]!, name: 'check <script>' };
    const d = diffProcesses(base(), toBe);
    expect(d.steps).toEqual([{ kind: 'changed', asIs: 'b', toBe: 'b', fields: ['name'] }]);
    expect(describeDiff(d, base(), toBe, 'en')[0]!.text).toBe('Renamed “b” to “check <script>”');
  });

  it('DIFF-4: a step given to another role is moved, with its other changed fields', () => {
    const toBe = base();
    toBe.steps[2] = task('b', 'boss', 5);
    const d = diffProcesses(base(), toBe);
    expect(d.steps).toEqual([
      { kind: 'moved', asIs: 'b', toBe: 'b', from: 'clerk', to: 'boss', fields: ['duration'] },
    ]);
    expect(d.asIsStatus.b).toBe('moved');
    expect(describeDiff(d, base(), toBe, 'zh-CN')[0]!.text).toBe(
      '将「b」从「clerk」移交给「boss」',
    );
  });

  it('DIFF-4/6: a removed step goes with its flows and the flow that bypasses it', () => {
    const toBe = processOf('p', {
      roles: base().roles,
      steps: base().steps.filter((s) => s.id !== 'b'),
      flows: chain('start', 'a', 'c', 'end'),
    });
    const d = diffProcesses(base(), toBe);
    expect(kinds(d)).toEqual(['removed']);
    expect(d.flows.map((f) => f.kind).sort()).toEqual(['added', 'removed', 'removed']);
    expect(d.groups).toHaveLength(1);
    expect(d.groups[0]!.flows).toHaveLength(3);
  });

  it('DIFF-4: an added step is listed with its flows', () => {
    const toBe = processOf('p', {
      roles: base().roles,
      steps: [...base().steps, task('x', 'boss', 1)],
      flows: chain('start', 'a', 'b', 'c', 'x', 'end'),
    });
    const d = diffProcesses(base(), toBe);
    expect(kinds(d)).toEqual(['added']);
    expect(d.toBeStatus.x).toBe('added');
    expect(d.groups).toHaveLength(1);
  });

  it('DIFF-5: two neighbouring tasks merged into one that keeps the first id and both names', () => {
    const asIs = processOf('p', {
      roles: [role('clerk'), role('boss')],
      steps: [
        start('start', 10),
        task('a', 'clerk', 2, { name: '核对发票' }),
        task('b', 'clerk', 3, { name: '录入凭证' }),
        task('c', 'boss', 4),
        end(),
      ],
      flows: chain('start', 'a', 'b', 'c', 'end'),
    });
    const toBe = processOf('p', {
      roles: asIs.roles,
      steps: [
        start('start', 10),
        task('a', 'clerk', 4, { name: '核对发票并录入凭证' }),
        task('c', 'boss', 4),
        end(),
      ],
      flows: chain('start', 'a', 'c', 'end'),
    });
    const d = diffProcesses(asIs, toBe);
    expect(d.steps).toEqual([
      { kind: 'merged', asIs: ['a', 'b'], toBe: 'a', fields: ['duration', 'name'] },
    ]);
    expect(d.asIsStatus).toMatchObject({ a: 'merged', b: 'merged', c: 'same' });
  });

  it('DIFF-5: a removed task of another role, or with an unrelated name, is not a merge', () => {
    const asIs = base();
    const toBe = processOf('p', {
      roles: asIs.roles,
      steps: asIs.steps.filter((s) => s.id !== 'c'),
      flows: chain('start', 'a', 'b', 'end'),
    });
    expect(kinds(diffProcesses(asIs, toBe))).toEqual(['removed']);
  });

  it('DIFF-4: reordered steps show as rewired flows, the steps themselves unchanged', () => {
    const toBe = processOf('p', {
      roles: base().roles,
      steps: base().steps,
      flows: chain('start', 'b', 'a', 'c', 'end'),
    });
    const d = diffProcesses(base(), toBe);
    expect(d.steps).toEqual([]);
    expect(d.flows.filter((f) => f.kind === 'removed')).toHaveLength(3);
    expect(d.flows.filter((f) => f.kind === 'added')).toHaveLength(3);
    expect(d.groups.map((g) => g.kind)).toEqual(['rewired']);
  });

  it('DIFF-2: documents with unrelated ids are matched by name, Chinese with spaces and full-width marks', () => {
    const asIs = processOf('p', {
      roles: [role('r')],
      steps: [
        start('s0'),
        task('t1', 'r', 1, { name: '部门经理 审批' }),
        task('t2', 'r', 1, { name: '付款（出纳）' }),
        end('e0'),
      ],
      flows: chain('s0', 't1', 't2', 'e0'),
    });
    const toBe = processOf('q', {
      roles: [role('r')],
      steps: [
        { ...start('S'), name: 's0' },
        task('X', 'r', 1, { name: '部门经理审批' }),
        task('Y', 'r', 1, { name: '付款(出纳)' }),
        { ...end('E'), name: 'e0' },
      ],
      flows: [
        flow('S', 'X', { id: 'k1' }),
        flow('X', 'Y', { id: 'k2' }),
        flow('Y', 'E', { id: 'k3' }),
      ],
    });
    const d = diffProcesses(asIs, toBe);
    expect(d.matches.filter((m) => m.asIs.startsWith('t')).map((m) => [m.asIs, m.toBe])).toEqual([
      ['t1', 'X'],
      ['t2', 'Y'],
    ]);
    expect(d.matches.filter((m) => m.by === 'name')).toHaveLength(4);
    expect(d.steps).toEqual([]);
    expect(d.flows).toEqual([]);
    expect(d.identical).toBe(true);
  });

  it('DIFF-3: a renamed step with a new id in the same place is matched by neighbours', () => {
    const toBe = processOf('p', {
      roles: base().roles,
      steps: [
        start('start', 10),
        task('a', 'clerk', 2),
        task('b2', 'clerk', 3, { name: 'checked' }),
        task('c', 'boss', 4),
        end(),
      ],
      flows: chain('start', 'a', 'b2', 'c', 'end'),
    });
    const d = diffProcesses(base(), toBe);
    expect(d.matches).toContainEqual({ asIs: 'b', toBe: 'b2', by: 'neighbours' });
    expect(d.steps).toEqual([{ kind: 'changed', asIs: 'b', toBe: 'b2', fields: ['name'] }]);
  });

  it('DIFF-8: applying every group gives the to-be, applying none the as-is (random edits)', () => {
    const edits = fc.record({
      drop: fc.boolean(),
      move: fc.boolean(),
      add: fc.boolean(),
      cap: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(edits, (e) => {
        const asIs = base();
        const ids = ['start', 'a', ...(e.drop ? [] : ['b']), 'c', ...(e.add ? ['x'] : []), 'end'];
        const steps = [
          ...asIs.steps.filter((s) => ids.includes(s.id)),
          ...(e.add ? [task('x', 'boss', 1)] : []),
        ].map((s) => (s.id === 'a' && e.move ? task('a', 'boss', 2) : s));
        const toBe = processOf('p', {
          roles: [role('clerk', e.cap), role('boss')],
          steps,
          flows: chain(...ids),
        });
        const d = diffProcesses(asIs, toBe);
        const all = applyChangeGroups(
          asIs,
          toBe,
          d,
          d.groups.map((g) => g.id),
        );
        expect(diffProcesses(all, toBe).identical).toBe(true);
        expect(applyChangeGroups(asIs, toBe, d, [])).toEqual(asIs);
      }),
      { numRuns: 30 },
    );
  });

  it('DIFF-8: one group alone leaves the others as they were', () => {
    const toBe = processOf('p', {
      roles: base().roles,
      steps: [start('start', 10), task('a', 'boss', 2), task('c', 'boss', 4), end()],
      flows: chain('start', 'a', 'c', 'end'),
    });
    const d = diffProcesses(base(), toBe);
    const removal = d.groups.find((g) => g.kind === 'removed')!;
    const doc = applyChangeGroups(base(), toBe, d, [removal.id]);
    expect(doc.steps.map((s) => s.id)).toEqual(['start', 'a', 'c', 'end']);
    expect(doc.steps.find((s) => s.id === 'a')).toMatchObject({ role: 'clerk' });
  });

  it('keeps __proto__ ids as plain data', () => {
    const asIs = processOf('p', {
      roles: [],
      steps: [start('__proto__'), end()],
      flows: chain('__proto__', 'end'),
    });
    const d = diffProcesses(asIs, {
      ...asIs,
      steps: [start('__proto__'), end('fin')],
      flows: chain('__proto__', 'fin'),
    });
    expect(d.asIsStatus['__proto__']).toBe('same');
    expect(Object.getPrototypeOf(d.asIsStatus)).toBe(null);
  });
});
