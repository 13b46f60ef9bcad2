import { describe, expect, it } from 'vitest';
import { chain, end, flow, gate, processOf, start, task } from '../testing/build';
import type { Flow } from '../types/flow';
import type { ProcessDocument } from '../types/process';
import type { Step } from '../types/step';
import { acceptsTrace } from './acceptsTrace';
import { enabledSteps } from './enabledSteps';
import { exploreStates } from './exploreStates';
import { enumerateRuns } from './enumerateRuns';
import { fire } from './fire';
import { initialMarking } from './initialMarking';
import { markingToObject, type Marking } from './marking';

/** start → s(or) → a | b | c(default) → j(or) → end */
function orBlock(flows: { a?: Partial<Flow>; b?: Partial<Flow>; c?: Partial<Flow> } = {}) {
  return processOf('or', {
    steps: [
      start(),
      gate('s', 'or'),
      task('a', undefined),
      task('b', undefined),
      task('c', undefined),
      gate('j', 'or'),
      end(),
    ],
    flows: [
      flow('start', 's'),
      flow('s', 'a', flows.a),
      flow('s', 'b', flows.b),
      flow('s', 'c', { default: true, ...flows.c }),
      ...chain('a', 'j'),
      ...chain('b', 'j'),
      ...chain('c', 'j'),
      flow('j', 'end'),
    ],
  });
}

function play(doc: ProcessDocument, steps: (string | [string, string[]])[]): Marking {
  let m = initialMarking(doc);
  for (const s of steps) {
    const [stepId, flowIds] = typeof s === 'string' ? [s, undefined] : s;
    const r = fire(doc, m, stepId, flowIds ? { flowIds } : {});
    if (!r.ok) throw new Error(`${stepId}: ${r.reason.message}`);
    m = r.marking;
  }
  return m;
}

describe('token game: or gateways and terminate ends', () => {
  it('TG-17 an or split without data may take any non-empty set of its flows, or the default alone', () => {
    const doc = orBlock();
    const m = play(doc, ['start']);
    expect(enabledSteps(doc, m)).toEqual([
      {
        stepId: 's',
        choices: ['s-a', 's-b', 's-c'],
        sets: [['s-a'], ['s-b'], ['s-a', 's-b'], ['s-c']],
      },
    ]);
    const r = fire(doc, m, 's');
    expect(r.ok ? '' : r.reason.code).toBe('choose-flows');
    const both = fire(doc, m, 's', { flowIds: ['s-b', 's-a'] });
    expect(both.ok && markingToObject(both.marking)).toEqual({ 's-a': 1, 's-b': 1 });
    expect(both.ok && both.flowIds).toEqual(['s-a', 's-b']);
    const wrong = fire(doc, m, 's', { flowIds: ['s-a', 's-c'] });
    expect(wrong.ok ? '' : wrong.reason.message).toBe(
      "or 's' cannot take {'s-a', 's-c'} for this case; it may take {'s-a'}, {'s-b'}, {'s-a', 's-b'}, {'s-c'}",
    );
  });

  it('TG-17 with data the conditions decide the one set; none true: the default; no default: the likeliest', () => {
    const doc = orBlock({ a: { condition: 'x > 1' }, b: { condition: 'y' } });
    const m = play(doc, ['start']);
    const sets = (data: Record<string, unknown>, d = doc) =>
      enabledSteps(d, m, { data }).find((e) => e.stepId === 's')?.sets;
    expect(sets({ x: 2, y: true })).toEqual([['s-a', 's-b']]);
    expect(sets({ x: 0, y: true })).toEqual([['s-b']]);
    expect(sets({ x: 0, y: false })).toEqual([['s-c']]);
    const noDefault = orBlock({
      a: { condition: 'x > 1', probability: 0.3 },
      b: { condition: 'y', probability: 0.6 },
      c: { default: false, condition: 'z', probability: 0.6 },
    });
    expect(sets({ x: 0, y: false, z: false }, noDefault)).toEqual([['s-b']]);
  });

  it('TG-18 an or join waits for every branch its split started, and only for those', () => {
    const doc = orBlock();
    const m = play(doc, ['start', ['s', ['s-a', 's-b']], 'a']);
    const r = fire(doc, m, 'j');
    expect(r.ok ? '' : r.reason.code).toBe('or-join-waiting');
    expect(markingToObject(play(doc, ['start', ['s', ['s-a', 's-b']], 'a', 'b', 'j']))).toEqual({
      'j-end': 1,
    });
    // one branch started: the join passes it on at once
    expect(markingToObject(play(doc, ['start', ['s', ['s-b']], 'b', 'j']))).toEqual({ 'j-end': 1 });
  });

  it('TG-18 every run of an or block completes: no deadlock, no lack of synchronisation', () => {
    const report = exploreStates(orBlock());
    expect(report.deadlockCount).toBe(0);
    expect(report.livelockCount).toBe(0);
    expect(report.unsafeFlows).toEqual([]);
    expect(report.alwaysCompletable).toBe(true);
    const { runs, truncated } = enumerateRuns(orBlock(), { maxRuns: 100 });
    expect(truncated).toBe(false);
    // {a}, {b}, {a, b} in two orders, {c}
    expect(runs.map((run) => run.outcome)).toEqual(Array(5).fill('complete'));
  });

  it('TG-18 in a loop the join waits for this round only, not for the token of the next one', () => {
    // start → m(xor) → s(or) → a | b → j(or) → x(xor) → m (again) | end
    const doc = processOf('loop', {
      steps: [
        start(),
        gate('m', 'xor'),
        gate('s', 'or'),
        task('a', undefined),
        task('b', undefined),
        gate('j', 'or'),
        gate('x', 'xor'),
        end(),
      ],
      flows: [
        ...chain('start', 'm', 's', 'a', 'j', 'x', 'end'),
        ...chain('s', 'b', 'j'),
        flow('x', 'm'),
      ],
    });
    const report = exploreStates(doc);
    expect(report.deadlockCount).toBe(0);
    expect(report.alwaysCompletable).toBe(true);
  });

  it('TG-13 acceptsTrace follows every set an or entry without flowIds may have taken', () => {
    const doc = orBlock();
    expect(acceptsTrace(doc, ['start', 's', 'a', 'b', 'j', 'end'], { complete: true }).ok).toBe(
      true,
    );
    expect(
      acceptsTrace(doc, ['start', { stepId: 's', flowIds: ['s-c'] }, 'c', 'j', 'end'], {
        complete: true,
      }).ok,
    ).toBe(true);
    const early = acceptsTrace(doc, ['start', { stepId: 's', flowIds: ['s-a', 's-b'] }, 'a', 'j']);
    expect(early.ok ? -1 : early.at).toBe(3);
  });

  it('TG-13 a trace entry may carry the case data of its moment (after a step set it)', () => {
    const doc = orBlock({ a: { condition: 'approved' }, b: { condition: 'not approved' } });
    const trace = ['start', { stepId: 's', data: { approved: true } }, 'a', 'j', 'end'];
    expect(acceptsTrace(doc, trace, { data: { approved: false }, complete: true }).ok).toBe(true);
    expect(acceptsTrace(doc, ['start', 's', 'a'], { data: { approved: false } }).ok).toBe(false);
  });

  it('TG-19 a terminate end removes every token of the case', () => {
    const stop: Step = { id: 'stop', type: 'end', name: 'stop', terminate: true };
    const doc = processOf('term', {
      steps: [
        start(),
        gate('p', 'and'),
        task('a', undefined),
        task('b', undefined),
        gate('j', 'and'),
        end(),
        stop,
      ],
      flows: [...chain('start', 'p', 'a', 'j', 'end'), ...chain('p', 'b', 'stop'), flow('b', 'j')],
    });
    const m = play(doc, ['start', 'p', 'b']);
    expect(markingToObject(m)).toEqual({ 'p-a': 1, 'b-stop': 1, 'b-j': 1 });
    const r = fire(doc, m, 'stop');
    expect(r.ok && r.marking.size).toBe(0);
    expect(acceptsTrace(doc, ['start', 'p', 'b', 'stop'], { complete: true }).ok).toBe(true);
    expect(exploreStates(doc).completionReachable).toBe(true);
  });
});
