import { describe, expect, it } from 'vitest';
import { gallery, type ProcessDocument } from '@flowsmith/model';
import { availableActions, compileMachine, createProcessActor } from '@flowsmith/compiler';
import { activeSteps } from './activeSteps';
import { caseColour } from './caseColour';
import { conditionNames } from './conditionNames';
import { tasksByRole } from './tasksByRole';
import { caseStatus } from './caseStatus';
import { compileForRun } from './compileForRun';

const withConditions: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'c',
  name: 'c',
  roles: [
    { id: 'clerk', name: 'Clerk' },
    { id: 'boss', name: 'Boss' },
  ],
  steps: [
    { id: 's', type: 'start', name: 'S' },
    { id: 'g', type: 'xor', name: 'G' },
    { id: 'a', type: 'task', name: 'A', role: 'clerk' },
    { id: 'b', type: 'task', name: 'B', role: 'boss' },
    { id: 'e', type: 'end', name: 'E' },
  ],
  flows: [
    { id: 'f1', from: 's', to: 'g' },
    { id: 'f2', from: 'g', to: 'a', condition: 'amount > 5 and urgent == true' },
    { id: 'f3', from: 'g', to: 'b', condition: 'not (amount > 5) or 金额 < 1' },
    { id: 'f4', from: 'g', to: 'e', condition: 'amount >' },
    { id: 'f5', from: 'a', to: 'e' },
    { id: 'f6', from: 'b', to: 'e' },
  ],
};

describe('run helpers', () => {
  it('conditionNames lists each name the conditions read once, skipping conditions that do not parse', () => {
    expect(conditionNames(withConditions)).toEqual(['amount', 'urgent', '金额']);
    expect(conditionNames(gallery.mm1 as ProcessDocument)).toEqual([]);
  });
  it('caseColour gives eight distinct colours, then repeats', () => {
    const first = Array.from({ length: 8 }, (_, i) => caseColour(i + 1));
    expect(new Set(first).size).toBe(8);
    expect(caseColour(9)).toBe(caseColour(1));
  });
  it('activeSteps are the steps a case waits at, and tasksByRole groups them per role', () => {
    const doc = { ...withConditions, flows: withConditions.flows.filter((f) => f.id !== 'f4') };
    // 金额 too: without it f3's condition cannot be decided and the case waits (CM-XOR-DATA).
    const actor = createProcessActor(compileMachine(doc), {
      data: { amount: 10, urgent: true, 金额: 5 },
    });
    const actions = availableActions(actor.getSnapshot());
    expect(activeSteps(actions)).toEqual(['a']);
    expect(
      tasksByRole(actions.tasks).map((g) => [g.roleName, g.tasks.map((t) => t.stepId)]),
    ).toEqual([['Clerk', ['a']]]);
    actor.send(actions.tasks[0]!.event);
    expect(caseStatus(actor.getSnapshot().status)).toBe('done');
    expect(activeSteps(availableActions(actor.getSnapshot()))).toEqual([]);
  });
  it('CM-XOR-DATA a case without the data a decision reads waits there, naming what it lacks', () => {
    const doc = { ...withConditions, flows: withConditions.flows.filter((f) => f.id !== 'f4') };
    const actor = createProcessActor(compileMachine(doc), { data: { amount: 10, urgent: true } });
    const actions = availableActions(actor.getSnapshot());
    expect(actions.tasks).toEqual([]);
    expect(actions.waiting).toEqual([{ stepId: 'g', name: 'G', type: 'xor', missing: ['金额'] }]);
  });
  it('tasksByRole keeps roles in order of their first task and collects tasks without a role', () => {
    const task = (stepId: string, role?: string) => ({
      stepId,
      name: stepId,
      kind: 'manual' as const,
      ...(role ? { role: { id: role, name: role.toUpperCase() } } : {}),
      event: { type: 'COMPLETE' as const, stepId },
    });
    const groups = tasksByRole([task('1', 'b'), task('2'), task('3', 'a'), task('4', 'b')]);
    expect(groups.map((g) => [g.roleId, g.tasks.map((t) => t.stepId)])).toEqual([
      ['b', ['1', '4']],
      [null, ['2']],
      ['a', ['3']],
    ]);
  });
  it('compileForRun gives the compiler problems, naming the flow, in the chosen language', () => {
    const en = compileForRun(withConditions, 'en');
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.problems[0]!.ids).toContain('f4');
    expect(en.problems[0]!.message).toMatch(/does not parse/);
    const zh = compileForRun(withConditions, 'zh-CN');
    expect(!zh.ok && zh.problems[0]!.message).not.toBe(en.problems[0]!.message);
    expect(compileForRun(gallery.timerWait, 'en').ok).toBe(true);
  });
});
