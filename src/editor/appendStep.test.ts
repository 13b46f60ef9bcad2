import { describe, expect, it } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { appendSpot, appendStepCalls } from './appendStep';
import { createTestEditor } from './createTestEditor';
import { laneMembership } from './lanes';

const { processOf, role, task, start, end, gate } = build;

//   lane clerk:    (o)s ── a
//   lane manager:          b
const doc: ProcessDocument = processOf('p', {
  roles: [role('clerk'), role('manager')],
  steps: [
    { ...start('s'), position: { x: 80, y: 100 } },
    { ...task('a', 'clerk'), position: { x: 240, y: 100 } },
    { ...task('b', 'manager'), position: { x: 240, y: 300 } },
    { ...end('e'), position: { x: 600, y: 300 } },
  ],
  flows: [],
});

const stepOf = (d: ProcessDocument, id: string) => d.steps.find((s) => s.id === id)!;

describe('appending a step after another', () => {
  it('adds a task right of a task, in its role, connected from it, as one undo step', () => {
    const t = createTestEditor(doc);
    const r = appendStepCalls(t.doc, 'a', 'task', 'Check')!;
    t.execute(r.calls);
    const added = stepOf(t.doc, r.stepId);
    expect(added).toMatchObject({ type: 'task', name: 'Check', role: 'clerk' });
    expect(added.position!.y).toBe(100);
    expect(added.position!.x).toBeGreaterThan(240 + 100);
    expect(t.doc.flows).toEqual([{ id: r.flowId, from: 'a', to: r.stepId }]);
    t.undo();
    expect(t.doc).toEqual(doc);
  });

  it('takes the lane it lands in when it follows an event or a gateway', () => {
    const t = createTestEditor(doc);
    const r = appendStepCalls(t.doc, 's', 'task', 'First')!;
    t.execute(r.calls);
    expect(stepOf(t.doc, r.stepId)).toMatchObject({ role: 'clerk' });
  });

  it('never lands on another step: a second branch of a decision goes to a free row', () => {
    const t = createTestEditor(doc);
    const g = appendStepCalls(t.doc, 'a', 'xor', 'OK?')!;
    t.execute(g.calls);
    const yes = appendStepCalls(t.doc, g.stepId, 'task', 'Yes')!;
    t.execute(yes.calls);
    const no = appendStepCalls(t.doc, g.stepId, 'task', 'No')!;
    t.execute(no.calls);
    const p = (id: string) => stepOf(t.doc, id).position!;
    expect(p(yes.stepId).y).toBe(p(g.stepId).y);
    expect(p(no.stepId).x).toBe(p(yes.stepId).x);
    expect(p(no.stepId).y).not.toBe(p(yes.stepId).y);
    expect(Math.abs(p(no.stepId).y - p(yes.stepId).y)).toBeGreaterThanOrEqual(100);
    expect(t.doc.flows.filter((f) => f.from === g.stepId)).toHaveLength(2);
  });

  it('keeps steps appended in a middle lane in that lane, never on a neighbour lane', () => {
    const three = processOf('l', {
      roles: [role('clerk'), role('manager'), role('boss')],
      steps: [
        { ...task('a', 'clerk'), position: { x: 240, y: 100 } },
        { ...task('b', 'manager'), position: { x: 240, y: 260 } },
        { ...task('c', 'boss'), position: { x: 240, y: 420 } },
      ],
      flows: [],
    });
    const t = createTestEditor(three);
    const added: string[] = [];
    for (const type of ['xor', 'end', 'xor'] as const) {
      const r = appendStepCalls(t.doc, 'b', type, type)!;
      t.execute(r.calls);
      added.push(r.stepId);
    }
    const lanes = laneMembership(t.doc);
    expect(added.map((id) => lanes.get(id))).toEqual(['manager', 'manager', 'manager']);
  });

  it('skips a spot taken by a step and every spot is clear of all steps', () => {
    const crowded = processOf('c', {
      steps: [
        { ...task('a', undefined), position: { x: 0, y: 0 } },
        { ...task('x', undefined), position: { x: 160, y: 0 } },
        { ...task('y', undefined), position: { x: 160, y: 120 } },
      ],
      flows: [],
    });
    const at = appendSpot(crowded, stepOf(crowded, 'a'), 'task');
    expect(at).toEqual({ x: 160, y: -120 });
  });

  it('goes below in vertical lanes', () => {
    const vertical = { ...doc, view: { lanes: 'vertical' as const } };
    const at = appendSpot(vertical, stepOf(vertical, 'a'), 'end');
    expect(at.x).toBe(240);
    expect(at.y).toBeGreaterThan(100 + 40);
  });

  it('adds no flow out of an end or into a start', () => {
    const fromEnd = appendStepCalls(doc, 'e', 'task', 'After')!;
    expect(fromEnd.calls.map((c) => c.id)).toEqual(['step.add']);
    expect(fromEnd.flowId).toBeUndefined();
    const aStart = appendStepCalls(doc, 'a', 'start', 'Begin')!;
    expect(aStart.calls.map((c) => c.id)).toEqual(['step.add']);
    expect(appendStepCalls(doc, 'nope', 'task', 'X')).toBeNull();
  });

  it('gives fresh ids that differ from every record', () => {
    const withIds = processOf('d', {
      steps: [{ ...gate('g', 'xor'), position: { x: 0, y: 0 } }],
      flows: [],
    });
    const r = appendStepCalls(withIds, 'g', 'task', 'T')!;
    expect(r.stepId).not.toBe(r.flowId);
    const t = createTestEditor(withIds);
    t.execute(r.calls);
    expect(t.doc.steps).toHaveLength(2);
  });
});
