import { describe, expect, it } from 'vitest';
import { build, executeCommand, type ProcessDocument } from '@flowsmith/model';
import { intoLaneCall, laneMembership, lanesOf, restackMoves, roleAt } from './lanes';

const { processOf, role, task, start, gate } = build;

//   lane clerk:    (o)s ── a ── [x]g
//   lane manager:              b
const doc: ProcessDocument = processOf('p', {
  roles: [role('clerk'), role('manager')],
  steps: [
    { ...start('s'), position: { x: 80, y: 100 } },
    { ...task('a', 'clerk'), position: { x: 220, y: 100 } },
    { ...gate('g', 'xor'), position: { x: 360, y: 100 } },
    { ...task('b', 'manager'), position: { x: 360, y: 300 } },
  ],
  flows: [],
});

describe('lanes in the editor', () => {
  it('draws one lane per role, in role order, around its steps', () => {
    const bands = lanesOf(doc);
    expect(bands.map((b) => b.roleId)).toEqual(['clerk', 'manager']);
    const [clerk, manager] = bands;
    expect(clerk!.y).toBeLessThan(100);
    expect(clerk!.y + clerk!.height).toBeLessThanOrEqual(manager!.y);
    expect(manager!.y + manager!.height).toBeGreaterThan(300);
  });

  it('puts role-less steps in the lane they sit in, not in a lane of their own', () => {
    const m = laneMembership(doc);
    expect(m.get('s')).toBe('clerk');
    expect(m.get('g')).toBe('clerk');
    expect(lanesOf(doc).some((b) => b.roleId === null)).toBe(false);
  });

  it('finds the lane under a point', () => {
    const bands = lanesOf(doc);
    expect(roleAt(bands, { x: 9999, y: 300 }, 'horizontal')).toBe('manager');
    expect(roleAt(bands, { x: 0, y: -5000 }, 'horizontal')).toBeUndefined();
  });

  it('reordering lanes carries each lane’s steps with it', () => {
    const moves = restackMoves(doc, ['manager', 'clerk']);
    const r = executeCommand(doc, { id: 'roles.reorder', params: { order: ['manager', 'clerk'] } });
    if (!r.ok) throw new Error(r.refusal.message);
    const m = executeCommand(r.document, { id: 'steps.move', params: { moves } });
    if (!m.ok) throw new Error(m.refusal.message);
    const y = (id: string) => m.document.steps.find((s) => s.id === id)!.position!.y;
    expect(y('b')).toBeLessThan(y('a'));
    expect(y('s')).toBe(y('a'));
    expect(lanesOf(m.document).map((b) => b.roleId)).toEqual(['manager', 'clerk']);
  });

  it('a role set in the inspector moves the step into that lane, and not when it is there already', () => {
    const call = intoLaneCall(doc, 'a', 'manager');
    expect(call).not.toBeNull();
    const r = executeCommand(doc, call!);
    if (!r.ok) throw new Error(r.refusal.message);
    const bands = lanesOf(doc);
    const p = r.document.steps.find((s) => s.id === 'a')!.position!;
    expect(roleAt(bands, p, 'horizontal')).toBe('manager');
    expect(intoLaneCall(doc, 'b', 'manager')).toBeNull();
  });

  it('lays lanes side by side when the document asks for vertical lanes', () => {
    const vertical = {
      ...doc,
      view: { lanes: 'vertical' as const },
      steps: doc.steps.map((s) => ({ ...s, position: { x: s.position!.y, y: s.position!.x } })),
    };
    const [clerk, manager] = lanesOf(vertical);
    expect(clerk!.x + clerk!.width).toBeLessThanOrEqual(manager!.x);
  });
});
