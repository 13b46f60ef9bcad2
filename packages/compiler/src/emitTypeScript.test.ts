/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createActor, SimulatedClock, type AnyStateMachine } from 'xstate';
import {
  build,
  gallery,
  parseCondition,
  parseProcess,
  type ProcessDocument,
} from '@flowsmith/model';
import { availableActions } from './availableActions';
import { compileMachine } from './compileMachine';
import { emitTypeScript } from './emitTypeScript';
import { emitMachineConfig } from './emitMachineConfig';
import { machineFromConfig } from './machineFromConfig';
import { claimsProcess } from './testing/claimsProcess';
import { importModule, removeImportedModules } from './testing/importModule';
import { typeCheck } from './testing/typeCheck';
import type { ProcessEvent } from './processEvents';

afterAll(removeImportedModules);

const examplesDir = new URL('../../../examples/', import.meta.url);
const examples: Array<[string, ProcessDocument]> = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.flow.json'))
  .sort()
  .map((f) => {
    const r = parseProcess(JSON.parse(readFileSync(new URL(f, examplesDir), 'utf8')));
    if (!r.ok) throw new Error(`${f} is not valid`);
    return [f, r.document];
  });

const hostile = [
  '"; globalThis.__flowsmithPwned = 1; //',
  "'; process.exit(1); //",
  '${globalThis.__flowsmithPwned = 2}',
  '`; globalThis.__flowsmithPwned = 3; `',
  '</script><script>globalThis.__flowsmithPwned = 4</script>',
  'line\u2028separator\u2029para',
  '*/ globalThis.__flowsmithPwned = 5; /*',
  '\\"); globalThis.__flowsmithPwned = 6; ("',
  '<!-- -->',
  '采购 🚀 \u0000 \n',
];

const hostileDoc = (): ProcessDocument =>
  build.processOf('hostile', {
    name: hostile[0]!,
    roles: [{ id: 'r"1', name: hostile[1]! }],
    steps: [
      { id: 'start', type: 'start', name: hostile[2]! },
      {
        id: 'a"b\'c',
        type: 'task',
        name: hostile[3]!,
        role: 'r"1',
        instructions: hostile[4],
        cautions: [hostile[5]!],
      },
      { id: '__proto__', type: 'xor', name: hostile[6]! },
      { id: 'x.y', type: 'task', name: hostile[7]!, role: 'r"1' },
      { id: 'constructor', type: 'task', name: hostile[8]! },
      { id: '${x}', type: 'end', name: hostile[9]! },
    ],
    flows: [
      { id: 'f1', from: 'start', to: 'a"b\'c' },
      { id: 'f2', from: 'a"b\'c', to: '__proto__' },
      {
        id: 'f"3',
        from: '__proto__',
        to: 'x.y',
        label: hostile[4],
        condition: `name == ${JSON.stringify(hostile[0])}`,
      },
      { id: 'f4', from: '__proto__', to: 'constructor', default: true },
      { id: 'f5', from: 'x.y', to: '${x}' },
      { id: 'f6', from: 'constructor', to: '${x}' },
    ],
  });

/** Case data for `doc`: each name its conditions read gets one of the values they compare with (or near). */
function dataArbitrary(doc: ProcessDocument) {
  const values = new Map<string, Array<number | string | boolean>>();
  for (const f of doc.flows) {
    if (f.condition === undefined) continue;
    const r = parseCondition(f.condition);
    if (!r.ok) continue;
    const literals: Array<number | string | boolean> = [];
    const walk = (n: typeof r.ast): void => {
      if (n.type === 'literal')
        literals.push(
          ...(typeof n.value === 'number' ? [n.value - 1, n.value, n.value + 1] : [n.value]),
        );
      if (n.type === 'not') walk(n.operand);
      if (n.type === 'and' || n.type === 'or') n.operands.forEach(walk);
      if (n.type === 'compare') [n.left, n.right].forEach(walk);
    };
    walk(r.ast);
    for (const name of r.names)
      values.set(name, [...(values.get(name) ?? [true, false]), ...literals]);
  }
  return fc.record(
    Object.fromEntries([...values].map(([name, vs]) => [name, fc.constantFrom(...vs)])),
  );
}

/** Type-checks every example's module, a subprocess module, the hostile module and an app using one — in one program, since loading xstate's types is most of the cost. */
let checked: string[] | undefined;
function diagnostics(): string[] {
  if (checked) return checked;
  const sources: Record<string, string> = Object.fromEntries(
    examples.map(([file, doc]) => [file.replace('.flow.json', '.ts'), emitTypeScript(doc)]),
  );
  sources['withSubprocess.ts'] = emitTypeScript(gallery.withSubprocess, {
    resolveProcess: () => gallery.sequence3,
  });
  sources['hostile.ts'] = emitTypeScript(hostileDoc());
  sources['claims.ts'] = emitTypeScript(claimsProcess());
  sources['claimsByPeople.ts'] = emitTypeScript(claimsProcess(true));
  sources['app.ts'] = [
    "import { createActor, fromPromise } from 'xstate';",
    "import machine, { processInfo, type ProcessEvent } from './purchase-approval-to-be';",
    "const event: ProcessEvent = { type: 'COMPLETE', stepId: 'mgrApprove', by: 'me' };",
    'const checked = machine.provide({',
    '  actors: { autoCheck: fromPromise(async ({ input }) => ({ data: { complete: input.data.amount !== undefined } })) },',
    '});',
    'const actor = createActor(checked, { input: { data: { amount: 3 } } }).start();',
    'actor.send(event);',
    "actor.send({ type: 'CHOOSE', stepId: 'amountCheck', flowId: 'f10' });",
    "actor.send({ type: 'SET_DATA', data: { complete: true } });",
    'export const id: string = processInfo.id + actor.getSnapshot().context.history.length;',
  ].join('\n');
  // Deliberate errors in the same program show the check can fail: each line is one.
  sources['canary.ts'] = [
    "import machine from './hostile';",
    'export const n: number = machine;',
    "import { createActor } from 'xstate';",
    "import approval from './purchase-approval-to-be';",
    'const actor = createActor(approval, { input: {} }).start();',
    "actor.send({ type: 'COMPLETE', stepId: 'noSuchStep' });",
    "actor.send({ type: 'CHOOSE', stepId: 'amountCheck', flowId: 'f5' });",
    "actor.send({ type: 'SET_DATA', data: { amount: 'many' } });",
    "actor.send({ type: 'SET_DATA', data: { amout: 1 } });",
    "import claims from './claimsByPeople';",
    'const c = createActor(claims, { input: { data: { rounds: 1 } } }).start();',
    "c.send({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fMed', 'fPol'] });",
    "c.send({ type: 'CHOOSE', stepId: 'checks', flowIds: ['fAgain'] });",
    "c.send({ type: 'SET_DATA', data: { rounds: 'two' } });",
  ].join('\n');
  checked = typeCheck(sources);
  return checked;
}

/** Lets invoked actors (system tasks' default work) settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Runs both machines side by side on the same events; returns their histories and values. */
async function lockstep(
  a: AnyStateMachine,
  b: AnyStateMachine,
  data: Record<string, unknown>,
  picks: number[],
) {
  const clocks = [new SimulatedClock(), new SimulatedClock()];
  const actors = [a, b].map((m, i) =>
    createActor(m, { input: { data }, clock: clocks[i]! }).start(),
  );
  await settle();
  for (const pick of picks) {
    const open = availableActions(actors[0]!.getSnapshot());
    const events: ProcessEvent[] = [
      ...open.tasks.map((t) => t.event),
      ...open.decisions.flatMap((d) => d.flows.map((f) => f.event)),
    ];
    if (events.length === 0) {
      const timers = open.waiting.filter((w) => w.type === 'timer').map((w) => w.delayMs ?? 0);
      if (timers.length === 0) break;
      clocks.forEach((c) => c.increment(Math.min(...timers)));
      await settle();
    } else actors.forEach((actor) => actor.send({ ...events[pick % events.length]!, at: 1 }));
    await settle();
    expect(actors[1]!.getSnapshot().value).toEqual(actors[0]!.getSnapshot().value);
  }
  return actors.map((actor) => {
    const s = actor.getSnapshot();
    return {
      status: s.status,
      data: s.context.data,
      history: s.context.history.map(({ at: _at, ...h }: { at: number }) => h),
    };
  });
}

describe('CM-TS emitted TypeScript', () => {
  it('CM-TS the module of every example type-checks under strict settings, and an app can use it', () => {
    expect(diagnostics().filter((d) => !d.startsWith('__emitted__/canary.ts'))).toEqual([]);
  });

  it('CM-TS a type error in a module that uses one is reported (the check can fail)', () => {
    expect(diagnostics().filter((d) => d.startsWith('__emitted__/canary.ts:2'))).toHaveLength(1);
  });

  it('CM-TS-TYPES an unknown task, a flow of another decision and data of the wrong type or name do not compile', () => {
    const lines = diagnostics()
      .filter((d) => d.startsWith('__emitted__/canary.ts:'))
      .map((d) => Number(d.split(':')[1]!.split(' ')[0]));
    // 13: a flow of another decision at an inclusive split; 14: a set number given as text.
    expect(lines).toEqual([2, 6, 7, 8, 9, 13, 14]);
  });

  it.each(examples)(
    'CM-TS %s: the imported module behaves like the in-memory machine',
    async (_file, doc) => {
      const mod = await importModule(emitTypeScript(doc));
      expect(mod.default).toBe(mod.machine);
      const emitted = mod.machine as AnyStateMachine;
      // The same config in memory: system tasks invoked, with the same default work (CM-TASK).
      const inMemory = machineFromConfig(emitMachineConfig(doc));
      await fc.assert(
        fc.asyncProperty(
          dataArbitrary(doc),
          fc.array(fc.nat(), { minLength: 5, maxLength: 40 }),
          async (data, picks) => {
            const [mine, theirs] = await lockstep(inMemory, emitted, data, picks);
            expect(theirs).toEqual(mine);
          },
        ),
        { numRuns: 15, seed: 3 },
      );
    },
  );

  it.each([
    ['by data', claimsProcess()],
    ['by people', claimsProcess(true)],
  ])(
    'CM-TS CM-OR CM-TERMINATE CM-SET the claims module (%s) behaves like the in-memory machine',
    async (_name, doc) => {
      const mod = await importModule(emitTypeScript(doc));
      const inMemory = machineFromConfig(emitMachineConfig(doc));
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          dataArbitrary(doc),
          fc.array(fc.nat(), { minLength: 5, maxLength: 40 }),
          async (data, picks) => {
            const [mine, theirs] = await lockstep(
              inMemory,
              mod.machine as AnyStateMachine,
              data,
              picks,
            );
            expect(theirs).toEqual(mine);
            for (const h of mine!.history) seen.add(`${h.stepId}:${h.outcome}`);
          },
        ),
        { numRuns: 25, seed: 5 },
      );
      // The walks met the inclusive split and the terminate end.
      expect(seen).toContain('checks:took-flows');
      expect(seen).toContain('stopped:ended');
    },
  );

  it('CM-TS a subprocess is compiled into the same module', async () => {
    const mod = await importModule(
      emitTypeScript(gallery.withSubprocess, { resolveProcess: () => gallery.sequence3 }),
    );
    const actor = createActor(mod.machine as AnyStateMachine, { input: { data: {} } }).start();
    for (const id of ['a', 'a', 'b', 'c']) actor.send({ type: 'COMPLETE', stepId: id });
    expect(actor.getSnapshot().status).toBe('done');
  });
});

describe('CM-TS-SAFE hostile names come out as inert strings', () => {
  it('CM-TS-SAFE CM-KEY the module type-checks, imports without running anything, and every name round-trips', async () => {
    const doc = hostileDoc();
    const source = emitTypeScript(doc);
    expect(source).not.toMatch(/<\/script/i);
    expect(source).not.toMatch(/[\u2028\u2029]/);
    expect(diagnostics().filter((d) => d.startsWith('__emitted__/hostile.ts'))).toEqual([]);
    const mod = await importModule(source);
    expect((globalThis as Record<string, unknown>).__flowsmithPwned).toBeUndefined();
    expect((mod.processInfo as { name: string }).name).toBe(hostile[0]);
    const actor = createActor(mod.machine as AnyStateMachine, {
      input: { data: { name: hostile[0] } },
    }).start();
    const first = availableActions(actor.getSnapshot()).tasks[0]!;
    expect(first).toMatchObject({
      stepId: 'a"b\'c',
      name: hostile[3],
      role: { id: 'r"1', name: hostile[1] },
      instructions: hostile[4],
      cautions: [hostile[5]],
    });
    actor.send(first.event);
    // The condition compared the data with the hostile string and held: the case went to x.y.
    const second = availableActions(actor.getSnapshot()).tasks[0]!;
    expect(second).toMatchObject({ stepId: 'x.y', name: hostile[7] });
    actor.send(second.event);
    const s = actor.getSnapshot();
    expect(s.status).toBe('done');
    expect(s.context.history.map((h: { stepId: string }) => h.stepId)).toEqual([
      'start',
      'a"b\'c',
      '__proto__',
      'x.y',
      '${x}',
    ]);
    expect(s.context.history[2].flowId).toBe('f"3');
    expect(Object.values(s.getMeta()).map((m) => (m as { name: string }).name)).toEqual([
      hostile[9],
    ]);
  });

  it('CM-TS-SAFE the in-memory machine takes the same hostile ids', () => {
    const actor = createActor(compileMachine(hostileDoc()), {
      input: { data: { name: 'other' } },
    }).start();
    actor.send({ type: 'COMPLETE', stepId: 'a"b\'c' });
    expect(availableActions(actor.getSnapshot()).tasks.map((t) => t.stepId)).toEqual([
      'constructor',
    ]);
    expect(Object.getPrototypeOf(actor.getSnapshot().context.data)).toBe(Object.prototype);
  });
});
