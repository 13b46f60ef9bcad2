/**
 * The heart of the compiler: turns the steps reachable from one entry into the states of one
 * XState region (SPEC.md CM-SEQ … CM-END). A region is sequential — one token at a time — so its
 * steps are sibling states and every flow is a transition between siblings (loops are just
 * transitions back). A split becomes a parallel state whose branches are regions of their own,
 * built recursively, that stop at the matching join; the join continues the outer region.
 */
import { distributionMean, type Flow, type ProcessGraph, type Step } from '@flowsmith/model';
import type { RawProblem } from './CompileError';
import { planJoin } from './planJoin';
import { flowRules, couldBeOnlyFlow } from './flowRules';
import type { ActionJson, StateJson, StepMeta, TransitionJson } from './machineConfig';
import { slaEscalation } from './slaEscalation';
import { stepMeta } from './stepMeta';

/** The synthetic final state a branch region reaches at its join. */
export const JOINED = '@joined';
/** The synthetic final state after parallel branches that all finish at end steps. */
export const ENDED = '@ended';

/** What building needs to know, shared by all regions of one machine. */
export interface BuildContext {
  graph: ProcessGraph;
  keys: ReadonlyMap<string, string>;
  /** Milliseconds per minute of timer duration. */
  msPerMinute: number;
  /** Actor name of the child machine a subprocess step invokes, or a problem. */
  subprocessActor: (step: Extract<Step, { type: 'subprocess' }>) => string | undefined;
  /** Step ids of system tasks that invoke a host-provided actor. */
  invokedTasks: ReadonlySet<string>;
  /** Problems that do not stop the building (bad conditions, unresolved subprocesses). */
  problems: RawProblem[];
  lang?: 'en' | 'zh-CN';
}

/** Thrown inside the builder for a structural problem that stops it. */
export class StructureProblem extends Error {
  constructor(readonly problem: RawProblem) {
    super(problem.code);
  }
}

/** A built region: its initial state and states, and how many flows reach its stop step. */
export interface Region {
  initial: string;
  states: Record<string, StateJson>;
  arrivals: number;
}

const record = (stepId: string, outcome: string, flowId?: string): ActionJson =>
  flowId === undefined
    ? { type: 'record', params: { stepId, outcome } }
    : { type: 'record', params: { stepId, outcome, flowId } };

/** Builds the states of a whole machine from the start step `startId`. Throws StructureProblem. */
export function buildMachineStates(ctx: BuildContext, startId: string): Region {
  return new RegionBuilder(ctx).region(startId, null, null);
}

class RegionBuilder {
  /** The region each step was placed in, and the split whose branch that region is. */
  private readonly owner = new Map<string, { region: number; split: string | null }>();
  private regionCount = 0;

  constructor(private readonly ctx: BuildContext) {}

  /**
   * The region entered at step `entry` — or at the state `entry(scope)` adds, for a group of
   * branches that starts with a nested parallel state — ending at step `stop` (a join) or at end steps.
   */
  region(
    entry: string | ((scope: Scope) => string),
    stop: string | null,
    split: string | null,
  ): Region {
    const { graph, keys } = this.ctx;
    const regionNo = ++this.regionCount;
    const states: Record<string, StateJson> = {};
    const queue: string[] = [];
    let arrivals = 0;
    const target = (to: string): string => {
      if (to === stop) {
        arrivals++;
        return JOINED;
      }
      const step = graph.step(to)!;
      if (step.type === 'and' && graph.incoming(to).length > 1) {
        throw new StructureProblem({ code: 'unmatched-join', ids: [to], params: { stepId: to } });
      }
      queue.push(to);
      return keys.get(to)!;
    };
    const scope: Scope = { stop, split, target, add: (k, s) => (states[k] = s), queue };
    const initial = typeof entry === 'string' ? target(entry) : entry(scope);
    while (queue.length > 0) {
      const id = queue.shift()!;
      const key = keys.get(id)!;
      if (Object.hasOwn(states, key)) continue;
      this.claim(id, regionNo, split);
      // Reserve the key first, so a step comes before the parallel state it adds (readability).
      states[key] = {};
      states[key] = this.state(graph.step(id)!, scope);
    }
    if (arrivals > 0) states[JOINED] = { type: 'final' };
    return { initial, states, arrivals };
  }

  private claim(stepId: string, region: number, split: string | null): void {
    const prior = this.owner.get(stepId);
    if (prior === undefined) {
      this.owner.set(stepId, { region, split });
      return;
    }
    if (prior.region === region) return;
    const splitId = split ?? prior.split ?? stepId;
    throw new StructureProblem({
      code: 'not-block-structured',
      ids: [splitId, stepId],
      params: { splitId, stepId },
    });
  }

  /** The state of `step` in a region; `scope.target` resolves (and queues) the next steps. */
  private state(step: Step, scope: Scope): StateJson {
    const { graph } = this.ctx;
    const index = graph.indexOf(step.id);
    const outgoing = graph.outgoing(step.id);
    const meta = stepMeta(graph.document, step, index, outgoing, (id) => graph.step(id));
    const state = this.stepState(step, scope, meta);
    // Stately's inspector and visualiser show a state's description: the step's own words.
    state.description =
      step.description === undefined ? step.name : `${step.name}\n\n${step.description}`;
    return state;
  }

  private stepState(step: Step, scope: Scope, meta: StepMeta): StateJson {
    const { graph } = this.ctx;
    switch (step.type) {
      case 'start':
        return {
          meta,
          always: [{ target: this.next(step, scope), actions: [record(step.id, 'started')] }],
        };
      case 'end':
        if (scope.stop !== null) {
          const splitId = scope.split!;
          throw new StructureProblem({
            code: 'branch-ends-early',
            ids: [splitId, step.id],
            params: { splitId, stepId: step.id },
          });
        }
        return { type: 'final', meta, entry: [record(step.id, 'ended')] };
      case 'and': {
        const outcome = graph.incoming(step.id).length > 1 ? 'joined' : 'split';
        return {
          meta,
          always: [{ target: this.next(step, scope), actions: [record(step.id, outcome)] }],
        };
      }
      case 'timer': {
        const minutes = step.duration === undefined ? 0 : distributionMean(step.duration);
        const ms = Math.max(0, Math.round(minutes * this.ctx.msPerMinute));
        meta.delayMs = ms;
        const done = { target: this.next(step, scope), actions: [record(step.id, 'elapsed')] };
        return { meta, after: { [String(ms)]: [done] } };
      }
      case 'xor':
        return { meta, ...this.decision(step, scope) };
      case 'task':
        return this.task(step, scope, meta);
      case 'subprocess': {
        const src = this.ctx.subprocessActor(step);
        const target = this.next(step, scope);
        const state: StateJson = { meta };
        if (src !== undefined) {
          state.invoke = this.invoke(src, step.id, target);
          // People work on the child's tasks through the parent: it passes their events on.
          const forward: ActionJson = {
            type: 'forwardToChild',
            params: { actorId: state.invoke.id },
          };
          // SET_DATA is merged here and passed on too: a child's decision may be waiting for it.
          state.on = {
            COMPLETE: [{ actions: [forward] }],
            CHOOSE: [{ actions: [forward] }],
            SET_DATA: [{ actions: [{ type: 'setData' }, forward] }],
          };
          meta.actorId = state.invoke.id;
        }
        return state;
      }
    }
  }

  private task(step: Extract<Step, { type: 'task' }>, scope: Scope, meta: StepMeta): StateJson {
    const target = this.next(step, scope);
    const complete: ActionJson =
      step.role === undefined
        ? { type: 'completeTask', params: { stepId: step.id } }
        : { type: 'completeTask', params: { stepId: step.id, role: step.role } };
    const state: StateJson = {
      meta,
      on: {
        COMPLETE: [
          { guard: { type: 'isStep', params: { stepId: step.id } }, target, actions: [complete] },
        ],
      },
    };
    if (step.role !== undefined) state.tags = [step.role];
    if (this.ctx.invokedTasks.has(step.id)) {
      // The actor is named by the state key (CM-KEY), so `provide({ actors: { checkBudget } })` reads well.
      state.invoke = this.invoke(this.ctx.keys.get(step.id)!, step.id, target, step.role);
      meta.actorId = state.invoke.id;
    }
    const escalation = slaEscalation(step, meta, this.ctx.msPerMinute);
    if (escalation !== undefined) Object.assign(state, escalation);
    return state;
  }

  private invoke(
    src: string,
    stepId: string,
    target: string,
    role?: string,
  ): NonNullable<StateJson['invoke']> {
    const done = { stepId, outcome: 'done', ...(role === undefined ? {} : { role }) };
    const failed = { stepId, outcome: 'failed', ...(role === undefined ? {} : { role }) };
    return {
      src,
      id: `${src}@${this.ctx.keys.get(stepId)!}`,
      onDone: { target, actions: [{ type: 'finishInvoked', params: done }] },
      // A failed actor leaves the step open: people can still complete it by hand.
      onError: { actions: [{ type: 'finishInvoked', params: failed }] },
    };
  }

  /** An xor: automatic where the data leave one flow, otherwise it waits for CHOOSE (CM-XOR). */
  private decision(step: Step, scope: Scope): Pick<StateJson, 'always' | 'on'> {
    const outgoing = this.ctx.graph.outgoing(step.id);
    if (outgoing.length === 0) throw deadEnd(step.id);
    if (outgoing.length === 1) {
      const f = outgoing[0]!;
      return {
        always: [{ target: scope.target(f.to), actions: [record(step.id, 'took-flow', f.id)] }],
      };
    }
    const rules = flowRules(outgoing, this.ctx.problems, this.ctx.lang);
    const always: TransitionJson[] = [];
    const choose: TransitionJson[] = [];
    for (const f of outgoing) {
      const target = scope.target(f.to);
      if (couldBeOnlyFlow(rules, f.id)) {
        always.push({
          guard: { type: 'onlyFlow', params: { flowId: f.id, flows: rules } },
          target,
          actions: [record(step.id, 'took-flow', f.id)],
        });
      }
      choose.push({
        guard: { type: 'canChoose', params: { stepId: step.id, flowId: f.id, flows: rules } },
        target,
        actions: [{ type: 'choose', params: { stepId: step.id } }],
      });
    }
    return always.length > 0 ? { always, on: { CHOOSE: choose } } : { on: { CHOOSE: choose } };
  }

  /** Where a case goes after `step` fires: the next step, or a parallel state for a split (CM-AND). */
  private next(step: Step, scope: Scope): string {
    const { graph, keys } = this.ctx;
    const outgoing = graph.outgoing(step.id);
    if (outgoing.length === 0) throw deadEnd(step.id);
    if (outgoing.length === 1) return scope.target(outgoing[0]!.to);
    return this.parallel(step.id, outgoing, scope, `${keys.get(step.id)!}@parallel`);
  }

  /**
   * The parallel state (keyed `key`) for the branches `flows` of split `splitId`: one region per
   * branch, built recursively, finishing at the join; `onDone` continues at the join, which the
   * current region takes over (CM-AND). Returns `key`.
   */
  private parallel(splitId: string, flows: readonly Flow[], scope: Scope, key: string): string {
    const { graph, keys } = this.ctx;
    const { join, branches: plan } = planJoin(graph, splitId, flows);
    if (join !== null && join === scope.stop) {
      throw new StructureProblem({
        code: 'not-block-structured',
        ids: [splitId, join],
        params: { splitId, stepId: join },
      });
    }
    const branches: Record<string, StateJson> = {};
    plan.forEach((branch, i) => {
      // A group of branches that meets first at an inner join is one branch that starts parallel.
      const entry =
        branch.innerJoin === undefined
          ? branch.flows[0]!.to
          : (inner: Scope) => this.parallel(splitId, branch.flows, inner, `${key}@group${i + 1}`);
      const r = this.region(entry, join, splitId);
      if (join !== null && r.arrivals !== 1) {
        throw new StructureProblem(
          r.arrivals === 0
            ? {
                code: 'branch-never-joins',
                ids: [splitId, join],
                params: { splitId, joinId: join },
              }
            : {
                code: 'join-mismatch',
                ids: [splitId, join],
                params: {
                  splitId,
                  joinId: join,
                  branches: plan.length,
                  incoming: graph.incoming(join).length,
                },
              },
        );
      }
      branches[`@branch${i + 1}`] = { initial: r.initial, states: r.states };
    });
    if (join !== null) {
      scope.queue.push(join);
      scope.add(key, { type: 'parallel', states: branches, onDone: { target: keys.get(join)! } });
    } else {
      if (scope.stop !== null) {
        const outer = scope.split!;
        throw new StructureProblem({
          code: 'branch-ends-early',
          ids: [outer, splitId],
          params: { splitId: outer, stepId: splitId },
        });
      }
      scope.add(ENDED, { type: 'final' });
      scope.add(key, { type: 'parallel', states: branches, onDone: { target: ENDED } });
    }
    return key;
  }
}

interface Scope {
  stop: string | null;
  split: string | null;
  target: (to: string) => string;
  add: (key: string, state: StateJson) => void;
  queue: string[];
}

function deadEnd(stepId: string): StructureProblem {
  return new StructureProblem({ code: 'dead-end', ids: [stepId], params: { stepId } });
}
