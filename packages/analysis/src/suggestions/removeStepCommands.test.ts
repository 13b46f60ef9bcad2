import { describe, expect, it } from 'vitest';
import { build, buildGraph, executeCommand, type ProcessDocument } from '@flowsmith/model';
import { IdPool } from './IdPool';
import { removeStepCommands } from './removeStepCommands';

/*
 *   (o) -> a --"送 b 签字"--> [等 b 签字] -> b -> c -> (o)
 */
const doc: ProcessDocument = {
  format: 'flowsmith.process',
  version: 1,
  id: 'p',
  name: 'p',
  roles: [{ id: 'r', name: 'r', capacity: 1 }],
  steps: [
    build.start('start'),
    build.task('a', 'r', 1),
    { id: 'wait', type: 'timer', name: '等 b 签字', duration: { dist: 'fixed', value: 60 } },
    { ...build.task('b', 'r', 1), name: '总经理签字' },
    build.task('c', 'r', 1),
    build.end('end'),
  ],
  flows: [
    { id: 'f1', from: 'start', to: 'a' },
    { id: 'f2', from: 'a', to: 'wait', label: '送总经理签字' },
    { id: 'f3', from: 'wait', to: 'b' },
    { id: 'f4', from: 'b', to: 'c' },
    { id: 'f5', from: 'c', to: 'end' },
  ],
};

const run = (d: ProcessDocument, calls: NonNullable<ReturnType<typeof removeStepCommands>>) =>
  calls.reduce((cur, call) => {
    const r = executeCommand(cur, call);
    if (!r.ok) throw new Error(r.refusal.message);
    return r.document;
  }, d);

describe('removeStepCommands', () => {
  it('RM-1 removes the step with the timer that waits for it and rewires around both', () => {
    const calls = removeStepCommands(buildGraph(doc), new IdPool(doc), 'b')!;
    const after = run(doc, calls);
    expect(after.steps.map((s) => s.id)).toEqual(['start', 'a', 'c', 'end']);
    expect(after.flows.map((f) => [f.from, f.to])).toEqual([
      ['start', 'a'],
      ['c', 'end'],
      ['a', 'c'],
    ]);
  });

  it('RM-3 the new flow drops a label that names a removed step', () => {
    const after = run(doc, removeStepCommands(buildGraph(doc), new IdPool(doc), 'b')!);
    expect(after.flows.find((f) => f.from === 'a')!.label).toBeUndefined();
  });

  it('keeps the label of the flow it replaces otherwise', () => {
    const plain = {
      ...doc,
      flows: doc.flows.map((f) => (f.id === 'f4' ? { ...f, label: 'ok' } : f)),
    };
    const after = run(plain, removeStepCommands(buildGraph(plain), new IdPool(plain), 'c')!);
    expect(after.flows.find((f) => f.from === 'b')).toMatchObject({ to: 'end', label: 'ok' });
  });

  it('refuses a step whose removal would leave a loop on itself', () => {
    const loop = { ...doc, flows: [...doc.flows.slice(0, 3), { id: 'f4', from: 'b', to: 'b' }] };
    expect(removeStepCommands(buildGraph(loop), new IdPool(loop), 'b')).toBeNull();
  });
});
