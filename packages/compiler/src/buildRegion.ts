/**
 * The heart of the compiler: turns the steps reachable from one entry into the states of one
 * XState region (SPEC.md CM-SEQ … CM-END). A region is sequential — one token at a time — so its
 * steps are sibling states and every flow is a transition between siblings (loops are just
 * transitions back). A split becomes a parallel state whose branches are regions of their own,
 * built recursively, that stop at the matching join; the join continues the outer region. An
 * inclusive split's branches start with a gate that skips the branches it did not take (CM-OR);
 * a terminate end is a final state of the whole machine, which any branch can reach (CM-TERMINATE).
 */
import { distributionMean, type ProcessGraph, type Step } from '@flowsmith/model';
import type { RawProblem } from './CompileError';
import { planJoin, type JoinPlan } from './planJoin';
import { flowRules, couldBeOnlyFlow } from './flowRules';
import { branchGate, GATE, inclusiveSplit } from './inclusiveState';
import type { ActionJson, StateJson, StepMeta, TransitionJson } from './machineConfig';
import { stepMeta } from './stepMeta';
import { invokeState, taskState } from './taskState';

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
  /** The join of each inclusive split that has one (`pairInclusiveJoins`, inverted). */
  inclusiveJoins: ReadonlyMap<string, string>;
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
  const builder = new RegionBuilder(ctx);
  const root = builder.region(startId, null, null);
  // Terminate ends are final states of the machine itself, wherever they are reached from.
  for (const [key, state] of builder.terminates) root.states[key] = state;
  return root;
}

class RegionBuilder {
  /** The region each step was placed in, and the split whose branch that region is. */
  private readonly owner = new Map<string, { region: number; split: string | null }>();
  private regionCount = 0;
  /** The states of the terminate ends reached so far, by state key (CM-TERMINATE). */
  readonly terminates = new Map<string, StateJson>();

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
      if (step.type === 'end' && step.terminate === true) {
        return this.terminateEnd(step, scope, regionNo === 1);
      }
      if (step.type === 'and' && graph.incoming(to).length > 1) {
        throw new StructureProblem({ code: 'unmatched-join', ids: [to], params: { stepId: to } });
      }
      if (step.type === 'or' && graph.incoming(to).length > 1) {
        throw new StructureProblem({
          code: 'inclusive-join-without-split',
          ids: [to],
          params: { stepId: to },
        });
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

  /**
   * The target of terminate end `step`: its state is added to the machine's root once (keyed by
   * its state key, with the id `<key>@terminate`); a branch reaches it by that id, so entering it
   * leaves every region of the case (CM-TERMINATE).
   */
  private terminateEnd(step: Step, scope: Scope, inRoot: boolean): string {
    const key = this.ctx.keys.get(step.id)!;
    if (!this.terminates.has(key)) {
      this.terminates.set(key, {});
      this.terminates.set(key, this.state(step, scope));
    }
    return inRoot ? key : `#${key}@terminate`;
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
        if (step.terminate === true) {
          const id = `${this.ctx.keys.get(step.id)!}@terminate`;
          return { id, type: 'final', meta, entry: [record(step.id, 'ended')] };
        }
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
      case 'or':
        return { meta, ...this.inclusive(step, scope) };
      case 'task':
        return taskState(this.ctx, step, this.next(step, scope), meta);
      case 'subprocess': {
        const src = this.ctx.subprocessActor(step);
        const target = this.next(step, scope);
        const state: StateJson = { meta };
        if (src !== undefined) {
          state.invoke = invokeState(this.ctx, src, step.id, target);
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

  /**
   * An or-gateway (CM-OR): with one outgoing flow it passes at once (`joined` when it closes
   * branches); with several it is a split whose branches run in a parallel state, each behind a
   * gate that skips it unless the split took its flow, and that ends at the paired join.
   */
  private inclusive(step: Step, scope: Scope): Pick<StateJson, 'always' | 'on'> {
    const { graph, keys } = this.ctx;
    const outgoing = graph.outgoing(step.id);
    if (outgoing.length === 0) throw deadEnd(step.id);
    if (outgoing.length === 1) {
      const f = outgoing[0]!;
      const joins = graph.incoming(step.id).length > 1;
      const action: ActionJson = joins
        ? record(step.id, 'joined')
        : { type: 'takeFlows', params: { stepId: step.id, flows: [{ flowId: f.id }] } };
      return { always: [{ target: scope.target(f.to), actions: [action] }] };
    }
    // Probabilities pick the flow when no condition holds and there is no default (TG-17).
    const rules = flowRules(outgoing, this.ctx.problems, this.ctx.lang).map((r, i) => {
      const p = outgoing[i]!.probability;
      return p === undefined ? r : { ...r, probability: p };
    });
    const join = this.ctx.inclusiveJoins.get(step.id) ?? null;
    const plan: JoinPlan = { join, branches: outgoing.map((f) => ({ flows: [f] })) };
    const key = this.parallel(step.id, plan, scope, `${keys.get(step.id)!}@parallel`, true);
    return inclusiveSplit(step.id, rules, key);
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
    const key = `${keys.get(step.id)!}@parallel`;
    return this.parallel(step.id, planJoin(graph, step.id, outgoing), scope, key);
  }

  /**
   * The parallel state (keyed `key`) for the branches of split `splitId` as `joinPlan` groups
   * them: one region per branch, built recursively, finishing at the join; `onDone` continues at
   * the join, which the current region takes over (CM-AND). With `gated` (an inclusive split,
   * CM-OR) each branch starts at a gate that skips it unless the split took its flow. Returns `key`.
   */
  private parallel(
    splitId: string,
    joinPlan: JoinPlan,
    scope: Scope,
    key: string,
    gated = false,
  ): string {
    const { graph, keys } = this.ctx;
    const { join, branches: plan } = joinPlan;
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
      const first = branch.flows[0]!;
      const entry = gated
        ? (inner: Scope) => {
            const gate = branchGate(splitId, first.id, inner.target(first.to));
            for (const [k, state] of Object.entries(gate)) inner.add(k, state);
            return GATE;
          }
        : branch.innerJoin === undefined
          ? first.to
          : (inner: Scope) =>
              this.parallel(
                splitId,
                planJoin(graph, splitId, branch.flows),
                inner,
                `${key}@group${i + 1}`,
              );
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
