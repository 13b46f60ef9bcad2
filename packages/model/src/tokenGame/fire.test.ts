import { describe, it, expect } from 'vitest';
import { gallery } from '../testing/processes';
import { end, flow, processOf, start, task } from '../testing/build';
import type { ProcessDocument } from '../types/process';
import { enabledSteps, isComplete, isDeadlocked } from './enabledSteps';
import { fire } from './fire';
import { initialMarking } from './initialMarking';
import { markingToObject, tokensOn, type Marking } from './marking';

/** Fires the given steps (xor entries as `step:flow`) and returns the marking; fails on a refusal. */
function play(doc: ProcessDocument, steps: string[], data?: Record<string, unknown>): Marking {
  let m = initialMarking(doc);
  for (const s of steps) {
    const [stepId, flowId] = s.split(':') as [string, string | undefined];
    const r = fire(doc, m, stepId, { flowId, data });
    if (!r.ok) throw new Error(`${s}: ${r.reason.message}`);
    m = r.marking;
  }
  return m;
}

const refusal = (doc: ProcessDocument, m: Marking, stepId: string, opts = {}) => {
  const r = fire(doc, m, stepId, opts);
  if (r.ok) throw new Error(`expected ${stepId} to be refused`);
  return r.reason;
};

describe('token game: firing', () => {
  it('TG-2 a case starts with one token on the first start step', () => {
    expect(markingToObject(initialMarking(gallery.sequence3))).toEqual({ start: 1 });
    expect(() => initialMarking(gallery.sequence3, 'a')).toThrow(RangeError);
    const twoStarts = processOf('two', {
      steps: [start('s1'), start('s2'), end()],
      flows: [flow('s1', 'end'), flow('s2', 'end')],
    });
    expect(markingToObject(initialMarking(twoStarts, 's2'))).toEqual({ s2: 1 });
  });

  it('TG-3 the start step fires first and puts a token on its outgoing flow', () => {
    const doc = gallery.sequence3;
    expect(enabledSteps(doc, initialMarking(doc))).toEqual([{ stepId: 'start' }]);
    expect(markingToObject(play(doc, ['start']))).toEqual({ 'start-a': 1 });
  });

  it('TG-4 a task moves its token on; sequence3 completes', () => {
    const doc = gallery.sequence3;
    const m = play(doc, ['start', 'a', 'b', 'c']);
    expect(markingToObject(m)).toEqual({ 'c-end': 1 });
    expect(refusal(doc, m, 'a').code).toBe('not-enabled');
    expect(isComplete(play(doc, ['start', 'a', 'b', 'c', 'end']))).toBe(true);
  });

  it('TG-4 several outgoing flows from a task split in parallel; several incoming merge', () => {
    const doc = processOf('implicit', {
      steps: [start(), task('a', undefined), task('b', undefined), task('c', undefined), end()],
      flows: [
        flow('start', 'a'),
        flow('a', 'b'),
        flow('a', 'c'),
        flow('b', 'end'),
        flow('c', 'end'),
      ],
    });
    expect(markingToObject(play(doc, ['start', 'a']))).toEqual({ 'a-b': 1, 'a-c': 1 });
    const m = play(doc, ['start', 'a', 'b', 'c', 'end']);
    expect(markingToObject(m)).toEqual({ 'c-end': 1 });
    expect(isComplete(play(doc, ['start', 'a', 'b', 'c', 'end', 'end']))).toBe(true);
  });

  it('TG-5 and-split puts a token on every outgoing flow', () => {
    expect(markingToObject(play(gallery.andSplitJoin, ['start', 'a', 'fork']))).toEqual({
      'fork-left': 1,
      'fork-right': 1,
    });
  });

  it('TG-5 and-join waits for a token on every incoming flow', () => {
    const doc = gallery.andSplitJoin;
    const m = play(doc, ['start', 'a', 'fork', 'left']);
    expect(enabledSteps(doc, m)).toEqual([{ stepId: 'right' }]);
    const r = refusal(doc, m, 'join');
    expect(r.code).toBe('join-waiting');
    expect(r.message).toContain("'right-join'");
    for (const order of [
      ['left', 'right'],
      ['right', 'left'],
    ]) {
      const done = play(doc, ['start', 'a', 'fork', ...order, 'join', 'z', 'end']);
      expect(isComplete(done)).toBe(true);
    }
  });

  it('TG-6 xor takes one admissible flow chosen by the caller', () => {
    const doc = gallery.xorSplitJoin;
    const m = play(doc, ['start']);
    expect(enabledSteps(doc, m)).toEqual([
      { stepId: 'split', choices: ['split-small', 'split-large'] },
    ]);
    expect(refusal(doc, m, 'split').code).toBe('choose-flow');
    expect(markingToObject(play(doc, ['start', 'split:split-large']))).toEqual({
      'split-large': 1,
    });
    expect(refusal(doc, m, 'split', { flowId: 'merge-end' }).code).toBe('not-outgoing');
    for (const branch of ['small', 'large']) {
      expect(
        isComplete(play(doc, ['start', `split:split-${branch}`, branch, 'merge', 'end'])),
      ).toBe(true);
    }
  });

  it('TG-6 with case data, the conditions decide which flows are admissible', () => {
    const doc = gallery.xorSplitJoin;
    const m = play(doc, ['start']);
    expect(enabledSteps(doc, m, { data: { amount: 5000 } })).toEqual([
      { stepId: 'split', choices: ['split-large'] },
    ]);
    const ok = fire(doc, m, 'split', { data: { amount: 5000 } });
    expect(ok.ok && ok.flowId).toBe('split-large');
    const r = refusal(doc, m, 'split', { flowId: 'split-small', data: { amount: 5000 } });
    expect(r.code).toBe('condition-false');
    expect(r.message).toContain('amount <= 1000');
    const bad = refusal(doc, m, 'split', { flowId: 'split-small', data: { amount: '5000' } });
    expect(bad.code).toBe('condition-error');
    expect(refusal(doc, m, 'split', { data: { amount: '5000' }, lang: 'zh-CN' }).message).toContain(
      '默认连线',
    );
    expect(isDeadlocked(doc, m, { data: {} })).toBe(true);
  });

  it('TG-6 the default flow is taken only when no other flow is admissible', () => {
    const doc = processOf('defaults', {
      steps: [start(), { id: 'x', type: 'xor', name: 'x' }, end('e1'), end('e2'), end('e3')],
      flows: [
        flow('start', 'x'),
        flow('x', 'e1', { condition: 'vip' }),
        flow('x', 'e2', { condition: 'amount > 10' }),
        flow('x', 'e3', { default: true }),
      ],
    });
    const m = play(doc, ['start']);
    expect(enabledSteps(doc, m)[0]!.choices).toEqual(['x-e1', 'x-e2', 'x-e3']);
    expect(enabledSteps(doc, m, { data: { vip: false, amount: 1 } })[0]!.choices).toEqual(['x-e3']);
    expect(enabledSteps(doc, m, { data: { vip: true, amount: 11 } })[0]!.choices).toEqual([
      'x-e1',
      'x-e2',
    ]);
    const r = refusal(doc, m, 'x', { flowId: 'x-e3', data: { vip: true, amount: 1 } });
    expect(r.code).toBe('default-not-taken');
    const unconditioned = processOf('probOnly', {
      steps: [start(), { id: 'x', type: 'xor', name: 'x' }, end('e1'), end('e2')],
      flows: [
        flow('start', 'x'),
        flow('x', 'e1', { probability: 1 }),
        flow('x', 'e2', { default: true }),
      ],
    });
    expect(enabledSteps(unconditioned, play(unconditioned, ['start']))[0]!.choices).toEqual([
      'x-e1',
    ]);
  });

  it('TG-6 an xor with one outgoing flow just passes', () => {
    const doc = gallery.xorSplitJoin;
    const m = play(doc, ['start', 'split:split-small', 'small']);
    expect(enabledSteps(doc, m)).toEqual([{ stepId: 'merge', choices: ['merge-end'] }]);
    const r = fire(doc, m, 'merge');
    expect(r.ok && markingToObject(r.marking)).toEqual({ 'merge-end': 1 });
  });

  it('TG-7 an end consumes its token and produces nothing', () => {
    const m = play(gallery.timerWait, ['start', 'a', 'wait', 'b']);
    const r = fire(gallery.timerWait, m, 'end');
    expect(r.ok && r.marking.size).toBe(0);
  });

  it('TG-9 a token at a step with no outgoing flow is stuck: reported, not thrown', () => {
    const doc = gallery.unfinished;
    const m = play(doc, ['start']);
    expect(enabledSteps(doc, m)).toEqual([]);
    expect(isDeadlocked(doc, m)).toBe(true);
    const r = refusal(doc, m, 'a');
    expect(r.code).toBe('dead-end');
    expect(refusal(doc, m, 'loose').code).toBe('not-enabled');
    expect(refusal(doc, m, 'nope').code).toBe('unknown-step');
  });

  it('TG-11 a subprocess fires atomically like a task', () => {
    const m = play(gallery.withSubprocess, ['start', 'a', 'sub']);
    expect(markingToObject(m)).toEqual({ 'sub-end': 1 });
  });

  it('TG-12 loops are ordinary: the rework loop can go round and still complete', () => {
    const loop = ['merge', 'work', 'check'];
    const m = play(gallery.reworkLoop, [
      'start',
      ...loop,
      'ok:ok-merge',
      ...loop,
      'ok:ok-end',
      'end',
    ]);
    expect(isComplete(m)).toBe(true);
  });

  it('TG-1 TG-16 markings are immutable values: firing never changes the one it is given', () => {
    const doc = gallery.andSplitJoin;
    const m = play(doc, ['start', 'a']);
    const before = markingToObject(m);
    fire(doc, m, 'fork');
    expect(markingToObject(m)).toEqual(before);
    expect(tokensOn(m, 'a-fork')).toBe(1);
  });

  it('TG-16 refusals exist in English and Chinese', () => {
    const m = initialMarking(gallery.sequence3);
    const zh = fire(gallery.sequence3, m, 'b', { lang: 'zh-CN' });
    expect(!zh.ok && zh.reason.message).toBe("步骤 'b' 现在不能执行：它的入口连线上没有令牌");
  });
});
