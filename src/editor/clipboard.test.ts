import { describe, expect, it } from 'vitest';
import { build, executeCommand } from '@flowsmith/model';
import { copySelection, deleteCalls, parseFragment, pasteCall } from './clipboard';

const doc = build.processOf('p', {
  roles: [build.role('clerk')],
  steps: [
    { ...build.task('a', 'clerk'), position: { x: 0, y: 0 } },
    { ...build.task('b', 'clerk'), position: { x: 100, y: 0 } },
    { ...build.task('c', 'clerk'), position: { x: 200, y: 0 } },
  ],
  flows: [build.flow('a', 'b', { label: '✓' }), build.flow('b', 'c')],
});

describe('copy and paste', () => {
  it('copies the flows between copied steps only', () => {
    const f = copySelection(doc, { steps: ['a', 'b'], flows: [] })!;
    expect(f.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(f.flows.map((x) => x.id)).toEqual(['a-b']);
  });

  it('pastes with fresh ids, keeps the flows between the copies, and moves them by the offset', () => {
    const f = parseFragment(JSON.stringify(copySelection(doc, { steps: ['a', 'b'], flows: [] })))!;
    const { call, stepIds } = pasteCall(doc, f, { x: 40, y: 40 });
    const r = executeCommand(doc, call);
    if (!r.ok) throw new Error(r.refusal.message);
    expect(stepIds).toHaveLength(2);
    for (const id of stepIds) expect(['a', 'b', 'c']).not.toContain(id);
    const pasted = r.document.flows.at(-1)!;
    expect(pasted).toMatchObject({ from: stepIds[0], to: stepIds[1], label: '✓' });
    expect(r.document.steps.find((s) => s.id === stepIds[0])!.position).toEqual({ x: 40, y: 40 });
  });

  it('drops roles the target process does not have', () => {
    const f = copySelection(doc, { steps: ['a'], flows: [] })!;
    const other = build.processOf('q', { steps: [], flows: [] });
    const { call } = pasteCall(other, f, { x: 0, y: 0 });
    const r = executeCommand(other, call);
    if (!r.ok) throw new Error(r.refusal.message);
    expect(r.document.steps[0]).not.toHaveProperty('role');
  });

  it('ignores clipboard text that is not a fragment', () => {
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment('{"format":"other"}')).toBeNull();
  });

  it('deletes selected steps with their flows and selected flows elsewhere', () => {
    const calls = deleteCalls(doc, { steps: ['a'], flows: ['a-b', 'b-c'] });
    expect(calls).toEqual([
      { id: 'steps.remove', params: { ids: ['a'] } },
      { id: 'flow.disconnect', params: { id: 'b-c' } },
    ]);
  });
});
