import { describe, expect, it } from 'vitest';
import { diffProcesses, type ProcessDocument, type Step } from '@flowsmith/model';
import { alignToDrawn } from './alignToDrawn';

const doc = (
  id: string,
  steps: Step[],
  flows: [string, string][],
  roles: { id: string; name: string }[] = [],
): ProcessDocument =>
  ({
    format: 'flowsmith.process',
    version: 1,
    id,
    name: id,
    roles,
    steps,
    flows: flows.map(([from, to], i) => ({ id: `f${i + 1}`, from, to })),
  }) as ProcessDocument;

const task = (id: string, name: string, role?: string): Step =>
  role ? { id, type: 'task', name, role } : { id, type: 'task', name };

// Drawn: ids of its own; t1 is a drawn id that the discovery also uses for another step.
const drawn = doc(
  'drawn',
  [
    { id: 'begin', type: 'start', name: '开始' },
    { ...task('reg', '登记', 'desk'), system: 'OA', instructions: '核对身份' } as Step,
    task('t1', '审核', 'desk'),
    task('ok', '批准'),
    { id: 'done', type: 'end', name: '结束' },
  ],
  [
    ['begin', 'reg'],
    ['reg', 't1'],
    ['t1', 'ok'],
    ['ok', 'done'],
  ],
  [{ id: 'desk', name: '前台' }],
);

// Discovered: start, t1…, g1…, roles by name; 登记 is t1 here, 审核 is absent, 归档 is new.
const discovered = doc(
  'discovered',
  [
    { id: 'start', type: 'start', name: 'Start' },
    task('t1', '登记', 'role-1'),
    task('t2', '批准'),
    task('t3', '归档'),
    { id: 'end', type: 'end', name: 'End' },
  ],
  [
    ['start', 't1'],
    ['t1', 't2'],
    ['t2', 't3'],
    ['t3', 'end'],
  ],
  [{ id: 'role-1', name: '前台' }],
);

describe('alignToDrawn', () => {
  it('maps discovered step and role ids onto the drawn ones by name, start and end by type', () => {
    const { document, steps, unmatched } = alignToDrawn(drawn, discovered);
    expect([...steps]).toEqual([
      ['t1', 'reg'],
      ['t2', 'ok'],
      ['start', 'begin'],
      ['end', 'done'],
    ]);
    expect(unmatched).toEqual(['t3']);
    expect(document.steps.map((s) => s.id)).toEqual(['begin', 'reg', 'ok', 't3', 'done']);
    expect(document.flows.map((f) => `${f.from}>${f.to}`)).toEqual([
      'begin>reg',
      'reg>ok',
      'ok>t3',
      't3>done',
    ]);
    expect(document.roles).toEqual([{ id: 'desk', name: '前台' }]);
    expect(document.steps[1]).toMatchObject({ role: 'desk' });
    // What the log cannot tell stays as drawn: the diff names only the data's changes.
    expect(document.steps[1]).toMatchObject({ system: 'OA', instructions: '核对身份' });
    const diff = diffProcesses(drawn, document);
    expect(diff.steps.filter((c) => c.kind === 'changed' && c.asIs === 'reg')).toEqual([]);
    expect(document.steps[0]).toMatchObject({ id: 'begin', name: '开始' });
    expect(diff.steps).toContainEqual({ kind: 'removed', asIs: 't1', type: 'task' });
    expect(diff.steps).toContainEqual({ kind: 'added', toBe: 't3', type: 'task' });
  });

  it('renames an unmatched discovered id that a drawn step uses, so the diff cannot pair them by id', () => {
    const other = doc('discovered', [task('t1', '归档'), task('t2', '登记')], [['t2', 't1']]);
    const { document, unmatched } = alignToDrawn(drawn, other);
    expect(unmatched).toEqual(['t1']);
    expect(document.steps.map((s) => s.id)).toEqual(['data-t1', 'reg']);
    expect(document.flows[0]).toMatchObject({ from: 'reg', to: 'data-t1' });
    // Without the renaming the diff would take 归档 for a renamed 审核 (same id t1).
    const diff = diffProcesses(drawn, document);
    expect(diff.steps).toContainEqual({ kind: 'removed', asIs: 't1', type: 'task' });
    expect(diff.steps).toContainEqual({ kind: 'added', toBe: 'data-t1', type: 'task' });
    expect(diffProcesses(drawn, other).matches).toContainEqual({
      asIs: 't1',
      toBe: 't1',
      by: 'id',
    });
  });

  it('pairs several steps of one name in document order, and the extra one stays unmatched', () => {
    const twice = doc('drawn', [task('a', '审核'), task('b', '审核 ')], []);
    const thrice = doc('d', [task('x', '审核'), task('y', '审核'), task('z', '审核')], []);
    const { steps, unmatched, document } = alignToDrawn(twice, thrice);
    expect([...steps]).toEqual([
      ['x', 'a'],
      ['y', 'b'],
    ]);
    expect(unmatched).toEqual(['z']);
    expect(document.steps.map((s) => s.id)).toEqual(['a', 'b', 'z']);
  });

  it('never matches gateways by name, nor a start when either side has two', () => {
    const d = doc(
      'drawn',
      [
        { id: 's1', type: 'start', name: 'A' },
        { id: 's2', type: 'start', name: 'B' },
        { id: 'g', type: 'xor', name: '?' },
      ],
      [],
    );
    const found = doc(
      'd',
      [
        { id: 'start', type: 'start', name: 'Start' },
        { id: 'g1', type: 'xor', name: '?' },
      ],
      [],
    );
    const { steps, unmatched } = alignToDrawn(d, found);
    expect(steps.size).toBe(0);
    expect(unmatched).toEqual(['start', 'g1']);
  });
});
