/**
 * What the engine refuses among the new constructs (SPEC.md SIM-REF-3): each with a path and a
 * sentence in English and Chinese.
 */
import { describe, it, expect } from 'vitest';
import { build, type ProcessDocument } from '@flowsmith/model';
import { prepareSimulation, SimulationError, type SimulationProblem } from '../index';

const { twoBranches, processOf, start, task, end, flow, gate, chain } = build;

function problems(
  doc: ProcessDocument,
  lang: 'en' | 'zh-CN' = 'en',
  resolve?: (id: string) => ProcessDocument | undefined,
): SimulationProblem[] {
  try {
    prepareSimulation(
      doc,
      { cases: 10 },
      { lang, ...(resolve ? { resolveProcess: resolve } : {}) },
    );
  } catch (e) {
    if (e instanceof SimulationError) return e.problems;
    throw e;
  }
  return [];
}

/** An or join whose branches come from an xor, not an or split. */
const orphanJoin = twoBranches('orphan', {
  split: 'xor',
  join: 'or',
  interarrival: 10,
  durations: [1, 1],
  branches: [{ probability: 0.5 }, { probability: 0.5 }],
});

describe('refusals of the new constructs', () => {
  it('SIM-REF-3 an inclusive join without its split is refused, in en and zh-CN', () => {
    expect(problems(orphanJoin)).toEqual([
      expect.objectContaining({
        path: 'join',
        code: 'sim.orJoinWithoutSplit',
        message: expect.stringMatching(/without its split/),
      }),
    ]);
    expect(problems(orphanJoin, 'zh-CN')[0]!.message).toMatch(/包容合并 "join" 没有对应的拆分/);
  });

  it('SIM-REF-3 an or split whose branch may end without the join pairs with no join', () => {
    const leaky = processOf('leaky', {
      steps: [
        start('start', 10),
        gate('split', 'or'),
        task('a', undefined, 1),
        task('b', undefined, 1),
        gate('join', 'or'),
        end(),
        end('early'),
      ],
      flows: [
        flow('start', 'split'),
        flow('split', 'a'),
        flow('split', 'b'),
        flow('split', 'early'),
        flow('a', 'join'),
        flow('b', 'join'),
        flow('join', 'end'),
      ],
    });
    expect(problems(leaky).map((p) => p.code)).toEqual(['sim.orJoinWithoutSplit']);
  });

  it('SIM-REF-3 an or branch probability outside (0, 1] is refused', () => {
    const doc = twoBranches('p', {
      split: 'or',
      interarrival: 10,
      durations: [1, 1],
      branches: [{ probability: 1.5 }, { probability: 0.5 }],
    });

    expect(problems(doc)).toEqual([
      expect.objectContaining({ path: 'split-a', code: 'sim.orProbability' }),
    ]);
    expect(problems(doc, 'zh-CN')[0]!.message).toMatch(/包容网关 "split"/);
  });

  it('SIM-REF-3 a terminate end inside a subprocess is refused (the engine ends whole cases only)', () => {
    const child = processOf('child', {
      steps: [
        start('cs'),
        task('t', undefined, 1),
        { id: 'ce', type: 'end', name: 'ce', terminate: true },
      ],
      flows: chain('cs', 't', 'ce'),
    });
    const parent = processOf('parent', {
      steps: [
        start('start', 10),
        { id: 'sub', type: 'subprocess', name: 'sub', process: 'child' },
        end(),
      ],
      flows: chain('start', 'sub', 'end'),
    });
    const found = problems(parent, 'en', (id) => (id === 'child' ? child : undefined));
    expect(found).toEqual([
      expect.objectContaining({
        code: 'sim.terminateInSubprocess',
        path: 'sub/steps[2].terminate',
      }),
    ]);
  });

  it('SIM-REF-2 a member calendar or batch schedule that does not exist is refused at its path', () => {
    const doc = processOf('cal', {
      roles: [{ id: 'clerk', name: 'clerk', members: [{ id: 'ann', calendar: 'nope' }] }],
      steps: [
        start('start', 10),
        task('t', 'clerk', 1, { batch: { size: 2, schedule: 'never' } }),
        end(),
      ],
      flows: chain('start', 't', 'end'),
    });
    expect(problems(doc).map((p) => [p.code, p.path])).toEqual([
      ['sim.noCalendar', 'roles[0].members[0].calendar'],
      ['sim.noCalendar', 'steps[1].batch.schedule'],
    ]);
  });

  it('SIM-REF-3 a priority rule whose condition does not parse is refused at its path', () => {
    const doc = processOf('prio', {
      simulation: { priorities: [{ condition: 'amount >', priority: 2 }] },
      steps: [start('start', 10), task('t', undefined, 1), end()],
      flows: chain('start', 't', 'end'),
    });
    expect(problems(doc)).toEqual([
      expect.objectContaining({
        code: 'sim.priorityCondition',
        path: 'simulation.priorities[0].condition',
      }),
    ]);
  });
});
