import { afterAll, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createActor, type AnyStateMachine } from 'xstate';
import {
  build,
  conditionIsTrue,
  tryEvaluateCondition,
  formatCondition,
  parseCondition,
  type ConditionAst,
  type Flow,
  type Step,
} from '@flowsmith/model';
import { availableActions } from './availableActions';
import { compileMachine } from './compileMachine';
import { emitTypeScript } from './emitTypeScript';
import { importModule, removeImportedModules } from './testing/importModule';

afterAll(removeImportedModules);

const names = ['a', 'b', 'c', 'x.y'];
const leaf: fc.Arbitrary<ConditionAst> = fc.oneof(
  fc
    .oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom('p', 'q'), fc.boolean())
    .map((value) => ({
      type: 'literal' as const,
      value,
    })),
  fc.constantFrom(...names).map((name) => ({ type: 'name' as const, name, path: name.split('.') })),
);
const { condition } = fc.letrec<{ condition: ConditionAst }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small' },
    leaf,
    tie('condition').map((operand) => ({ type: 'not' as const, operand })),
    fc.record({
      type: fc.constantFrom('and' as const, 'or' as const),
      operands: fc.array(tie('condition'), { minLength: 2, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('compare' as const),
      op: fc.constantFrom(
        '==' as const,
        '!=' as const,
        '<' as const,
        '<=' as const,
        '>' as const,
        '>=' as const,
      ),
      left: leaf,
      right: leaf,
    }),
  ),
}));
const value = fc.oneof(
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom('p', 'q'),
  fc.boolean(),
  fc.constant(null),
);
const given = fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom('p', 'q'), fc.boolean());
const fieldsOf = (v: typeof value) => ({ a: v, b: v, c: v, x: fc.record({ y: v }), 'x.y': v });
// Half the cases have every name, half lack some or hold null (CM-XOR-DATA: the case then waits
// at the first decision that needs one).
const dataArbitrary = fc.oneof(
  fc.record(fieldsOf(given)),
  fc.record(fieldsOf(value), { requiredKeys: [] }),
);

/** (o) -> [x]x1 -(condition 1)-> t1 / -(default)-> u1 -> [x]m1 -> … -> (o): the path shows which conditions held. */
function conditionChain(conditions: readonly string[]) {
  const steps: Step[] = [build.start()];
  const flows: Flow[] = [];
  let at = 'start';
  conditions.forEach((c, i) => {
    const [x, t, u, m] = [`x${i}`, `t${i}`, `u${i}`, `m${i}`];
    steps.push(
      build.gate(x, 'xor'),
      build.task(t, undefined),
      build.task(u, undefined),
      build.gate(m, 'xor'),
    );
    flows.push(
      build.flow(at, x),
      build.flow(x, t, { condition: c }),
      build.flow(x, u, { default: true }),
      build.flow(t, m),
      build.flow(u, m),
    );
    at = m;
  });
  steps.push(build.end());
  flows.push(build.flow(at, 'end'));
  return build.processOf('conditions', { steps, flows });
}

/** Which conditions the machine found true: it completes the open task until the case is done. */
function verdicts(machine: AnyStateMachine, data: Record<string, unknown>): boolean[] {
  const actor = createActor(machine, { input: { data } }).start();
  const out: boolean[] = [];
  for (let guard = 0; guard < 1000 && actor.getSnapshot().status === 'active'; guard++) {
    const [task] = availableActions(actor.getSnapshot()).tasks;
    if (task === undefined) break;
    out.push(task.stepId.startsWith('t'));
    actor.send(task.event);
  }
  return out;
}

describe('CM-TS the emitted condition interpreter means what the model evaluator means (CL-7 … CL-9)', () => {
  it('CM-TS CM-XOR CM-XOR-DATA random conditions on random data: emitted module, in-memory machine and evaluateCondition agree', async () => {
    const sources = fc
      .sample(condition, { numRuns: 60, seed: 5 })
      .map((ast) => formatCondition(ast))
      .filter((src) => parseCondition(src).ok);
    expect(sources.length).toBeGreaterThan(40);
    const doc = conditionChain(sources);
    const mod = await importModule(emitTypeScript(doc));
    const emitted = mod.machine as AnyStateMachine;
    const inMemory = compileMachine(doc);
    let heldSomewhere = 0;
    fc.assert(
      fc.property(dataArbitrary, (data) => {
        // CM-XOR-DATA: the case goes through the decisions until one lacks the data it needs.
        const expected: boolean[] = [];
        for (const src of sources) {
          const r = tryEvaluateCondition(src, data);
          if (!r.ok && r.error.code === 'missing-name') break;
          expected.push(conditionIsTrue(src, data));
        }
        heldSomewhere += expected.filter(Boolean).length;
        expect(verdicts(emitted, data)).toEqual(expected);
        expect(verdicts(inMemory, data)).toEqual(expected);
      }),
      { numRuns: 60, seed: 9 },
    );
    expect(heldSomewhere).toBeGreaterThan(100);
  });
});
