import { describe, it, expect } from 'vitest';
import {
  acceptsTrace,
  build,
  enumerateRuns,
  gallery,
  type ProcessDocument,
} from '@flowsmith/model';
import { CompileError } from './CompileError';
import { compileMachine } from './compileMachine';
import { createProcessActor } from './createProcessActor';
import { emitMachineConfig } from './emitMachineConfig';
import { clerkProcess } from './testing/clerkProcess';
import { eventsOfRun, replay, traceOf } from './testing/driveCase';

describe('CM-AND-BLOCK restructuring', () => {
  it('CM-AND-BLOCK a join of joins is restructured: branches that meet first become a nested parallel state', () => {
    //            +--> a --+
    //            +--> b --[+]j1 -> d --+
    //   (o) -> [+]f                    [+]j2 -> (o)
    //            +--> c -------------- +
    const doc = clerkProcess(
      'joinOfJoins',
      [
        build.start(),
        build.gate('f', 'and'),
        'c',
        'a',
        'b',
        build.gate('j1', 'and'),
        'd',
        build.gate('j2', 'and'),
        build.end(),
      ],
      [
        ...build.chain('start', 'f', 'c'),
        ...build.chain('f', 'a', 'j1', 'd', 'j2', 'end'),
        ...build.chain('f', 'b', 'j1'),
        ...build.chain('c', 'j2'),
      ],
    );
    const actor = createProcessActor(doc);
    expect(actor.getSnapshot().value).toEqual({
      'f@parallel': {
        '@branch1': 'c',
        '@branch2': { 'f@parallel@group2': { '@branch1': 'a', '@branch2': 'b' } },
      },
    });
    const machine = compileMachine(doc);
    const { runs } = enumerateRuns(doc);
    expect(runs.length).toBe(10); // a, b in either order, then j1, d; c in any of five places
    for (const run of runs) {
      const { snapshot, rejectedAt } = replay(machine, {}, eventsOfRun(doc, run, {}));
      expect(rejectedAt).toBeUndefined();
      expect(snapshot.status).toBe('done');
      expect(acceptsTrace(doc, traceOf(snapshot.context.history), { complete: true }).ok).toBe(
        true,
      );
    }
  });
});

describe('CM-ERR CM-AND-BLOCK processes the compiler refuses, naming the steps', () => {
  const refusal = (doc: ProcessDocument, options = {}) => {
    try {
      emitMachineConfig(doc, options);
    } catch (e) {
      expect(e).toBeInstanceOf(CompileError);
      return (e as CompileError).problems;
    }
    throw new Error('compiled');
  };

  it('CM-AND-BLOCK an and-join after an xor (deadlockAfterXor)', () => {
    expect(refusal(gallery.deadlockAfterXor)).toEqual([
      expect.objectContaining({ code: 'unmatched-join', ids: ['join'] }),
    ]);
  });

  it('CM-AND-BLOCK an xor merging parallel branches (lackOfSync)', () => {
    const [p] = refusal(gallery.lackOfSync);
    expect(p).toMatchObject({ code: 'not-block-structured', ids: ['fork', 'merge'] });
    expect(p!.message).toContain("'merge'");
  });

  it('CM-AND-BLOCK a branch that finishes while its join waits', () => {
    const doc = clerkProcess(
      'early',
      [
        build.start(),
        build.gate('f', 'and'),
        'a',
        build.gate('x', 'xor'),
        'b',
        build.gate('j', 'and'),
        build.end('e1'),
        build.end(),
      ],
      [
        ...build.chain('start', 'f', 'a', 'x', 'j', 'end'),
        ...build.chain('x', 'e1'),
        ...build.chain('f', 'b', 'j'),
      ],
    );
    expect(refusal(doc)).toEqual([
      expect.objectContaining({ code: 'branch-ends-early', ids: ['f', 'e1'] }),
    ]);
  });

  it('CM-ERR a step without outgoing flow, no start step, unresolved and cyclic subprocesses', () => {
    expect(refusal(gallery.unfinished)[0]).toMatchObject({ code: 'dead-end', ids: ['a'] });
    expect(
      refusal({ ...gallery.sequence3, steps: gallery.sequence3.steps.slice(1) })[0],
    ).toMatchObject({ code: 'no-start' });
    expect(refusal(gallery.withSubprocess)[0]).toMatchObject({
      code: 'subprocess-unresolved',
      ids: ['sub'],
    });
    const loopy = { ...gallery.withSubprocess, id: 'sequence3' };
    expect(refusal(loopy, { resolveProcess: () => loopy })[0]).toMatchObject({
      code: 'subprocess-cycle',
      ids: ['sub'],
    });
  });

  it('CM-ERR a condition that does not parse names its flow, in English and Chinese', () => {
    const doc = structuredClone(gallery.xorSplitJoin);
    doc.flows[1]!.condition = 'amount = 3';
    const error = (() => {
      try {
        emitMachineConfig(doc);
      } catch (e) {
        return e as CompileError;
      }
    })()!;
    expect(error.problems[0]).toMatchObject({ code: 'bad-condition', ids: ['split-small'] });
    expect(error.messageIn('zh-CN')).toContain('连线“split-small”');
  });
});
