import {
  buildGraph,
  distributionMean,
  type ProcessDocument,
  type ProcessGraph,
  type Role,
} from '@flowsmith/model';
import type { Metrics, RoleMetrics, StepMetrics } from '../types';
import { calendarShare } from './calendarShare';
import { cycleTimes } from './cycleTime';
import { buildCycleTree, type CycleTree } from './cycleTree';
import { closedHoursStretch, roleFigures, type RoleLoad } from './roleFigures';
import { buildFlowModel, dampInclusiveJoins, type FlowModel } from './flowModel';
import { blocksOf, solveTraffic, times, type Blocks } from './solveTraffic';
import { taskTransitions, type TaskTransition } from './taskTransitions';
import { batchFigures } from '../batch/batchFigures';
import { processWeek } from '../calendarWait/processWeek';
import { WEEK_MINUTES } from '../calendarWait/weekProfile';
import { roleServers } from '../calendarWait/weekProfiles';
import { memberService } from './memberService';

/** Options of {@link computeFigures}. */
export interface FigureOptions {
  resolveProcess?: (id: string) => ProcessDocument | undefined;
  /** Cases per minute to use instead of the document's own arrivals (a subprocess fed by its parent). */
  arrivalRate?: number;
  /** Process ids already being analysed up the subprocess chain (stops recursion). */
  within?: ReadonlySet<string>;
}

/** The metrics and the intermediate numbers the rules reuse. */
export interface Figures {
  metrics: Metrics;
  graph: ProcessGraph;
  model: FlowModel;
  blocks: Blocks;
  visits: Float64Array;
  transitions: TaskTransition[];
  /** Subprocess step ids whose child document could not be included. */
  unresolved: string[];
  /** The shape of the cycle-time sum (parallel blocks, top-level terms). */
  tree: CycleTree;
  /** Per step and visit: mean work, its second moment, a timer's wait, a subprocess's waiting, wait + work. */
  times: {
    sojourn: Float64Array;
    service: Float64Array;
    second: Float64Array;
    timerWait: Float64Array;
    childWait: Float64Array;
  };
  /** What each role's steps put on it per case (before queueing). */
  roleLoads: Map<string, RoleLoad>;
  /**
   * Per step and visit: the wait for opening hours and the closed hours' backlog (fluid, §2
   * "Closed hours"), and the wait for a batch to fill (§2 "Batches").
   */
  calendar: { closedWait: Float64Array; batchWait: Float64Array; bound: Set<string> };
  /** Cost per case of the included subprocesses' roles. */
  childCost: number;
  /** Work per case the included subprocesses put on each role. */
  childRoleWork: Map<string, number>;
}

/**
 * Computes the analytic figures of a process (docs/analysis.md): visit ratios, work and
 * utilisation per role, queueing waits, cycle time with parallel blocks, the critical path and
 * the lean figures. Pure and synchronous; all times in minutes.
 */
export function computeFigures(doc: ProcessDocument, options: FigureOptions = {}): Figures {
  const graph = buildGraph(doc);
  const model = buildFlowModel(doc, graph);
  const blocks = blocksOf(graph);
  const n = model.n;
  const visits = new Float64Array(n);
  const solve = () =>
    solveTraffic(
      model,
      blocks.blocks,
      () => true,
      (i) => model.source[i]!,
      visits,
    );
  solve();
  dampInclusiveJoins(model, blocks, visits, solve);
  const lambda = options.arrivalRate ?? model.arrivalRate;
  const calendars = new Map((doc.calendars ?? []).map((c) => [c.id, c]));
  const roleById = new Map<string, Role>(doc.roles.map((r) => [r.id, r]));

  // Per visit: work time, its second moment, and what a subprocess adds.
  const service = new Float64Array(n);
  const second = new Float64Array(n);
  const timerWait = new Float64Array(n);
  const childWait = new Float64Array(n);
  const childRoleWork = new Map<string, number>();
  let childCost = 0;
  const unresolved: string[] = [];
  const within = new Set(options.within ?? []).add(doc.id);
  // Per visit: the role's cost of the work; per visit of the role's queue: batches count once.
  const cost = new Float64Array(n);
  const batchSize = new Float64Array(n).fill(1);
  graph.steps.forEach((step, i) => {
    if (step.type === 'task') {
      const role = step.role !== undefined ? roleById.get(step.role) : undefined;
      const work = memberService(step, role);
      service[i] = work.mean;
      second[i] = work.second;
      cost[i] = work.cost;
    } else if (step.type === 'timer' && step.duration) {
      timerWait[i] = distributionMean(step.duration);
    } else if (step.type === 'subprocess') {
      const child = within.has(step.process) ? undefined : options.resolveProcess?.(step.process);
      if (!child) {
        unresolved.push(step.id);
        return;
      }
      const sub = computeFigures(child, { ...options, arrivalRate: lambda * visits[i]!, within });
      service[i] = sub.metrics.cycleTime.touch;
      childWait[i] = sub.metrics.cycleTime.wait;
      for (const [id, r] of Object.entries(sub.metrics.roles)) {
        childRoleWork.set(id, (childRoleWork.get(id) ?? 0) + times(visits[i]!, r.workPerCase));
      }
      childCost += times(visits[i]!, sub.metrics.costPerCase);
    }
  });

  // Batches: a case waits for its batch to fire; the batch is one piece of work for the role.
  const week = processWeek(doc, model, visits, roleById);
  const batchWait = new Float64Array(n);
  graph.steps.forEach((step, i) => {
    if (step.type !== 'task' || !step.batch || !(visits[i]! > 0) || !Number.isFinite(visits[i]!))
      return;
    const b = batchFigures(step.batch, lambda * visits[i]!, week.phaseOf(i), calendars);
    batchWait[i] = b.gather;
    service[i] = service[i]! * b.durationFactor;
    second[i] = second[i]! * b.durationFactor * b.durationFactor;
    cost[i] = cost[i]! * b.durationFactor;
    batchSize[i] = b.size;
  });
  const queueVisits = Float64Array.from(visits, (v, i) => v / batchSize[i]!);
  // The role's work per visit of a case (a batch's work shared by its cases).
  const roleWork = Float64Array.from(service, (s, i) => s / batchSize[i]!);
  const { closed: closedWait, openShare } = week.waits(roleWork, lambda);

  const roles: Record<string, RoleMetrics> = Object.create(null);
  const roleWait = new Map<string, number>();
  const roleLoads = new Map<string, RoleLoad>();
  for (const role of doc.roles) {
    const load: RoleLoad = {
      visits: 0,
      work: 0,
      moment2: 0,
      childWork: childRoleWork.get(role.id) ?? 0,
    };
    let roleCost = 0;
    graph.steps.forEach((step, i) => {
      if (step.type !== 'task' || step.role !== role.id) return;
      load.visits += queueVisits[i]!;
      load.work += times(queueVisits[i]!, service[i]!);
      load.moment2 += times(queueVisits[i]!, second[i]!);
      roleCost += times(queueVisits[i]!, cost[i]!);
    });
    roleLoads.set(role.id, load);
    const people = role.members?.length ?? 0;
    const availability =
      people > 0
        ? roleServers(role, calendars).reduce((a, b) => a + b, 0) / (people * WEEK_MINUTES)
        : calendarShare(role.calendar ? calendars.get(role.calendar) : undefined);
    // With members: as many servers as people, and their own costs (averaged per task).
    const asQueued: Role =
      people > 0
        ? {
            ...role,
            capacity: people,
            costPerHour: load.work > 0 ? (roleCost * 60) / load.work : (role.costPerHour ?? 0),
          }
        : role;
    const r = roleFigures(asQueued, availability, load, lambda, model.arrivalScv);
    roleWait.set(role.id, r.waitMean);
    roles[role.id] = r;
  }

  const steps: Record<string, StepMetrics> = Object.create(null);
  const sojourn = new Float64Array(n);
  const touch = new Float64Array(n);
  const valueAdding = new Float64Array(n);
  graph.steps.forEach((step, i) => {
    // A task waits for its batch, in its role's queue — the random part for the cases that come
    // while the role is at work, the closed hours' backlog for all (§2 "Closed hours") — then for
    // the opening hours its work spans (in clock time).
    const role = step.type === 'task' && step.role !== undefined ? roles[step.role] : undefined;
    const wait =
      step.type === 'task'
        ? (step.role !== undefined ? times(roleWait.get(step.role) ?? 0, openShare[i]!) : 0) +
          (role ? times(service[i]!, closedHoursStretch(role.availability)) : 0) +
          closedWait[i]! +
          batchWait[i]!
        : step.type === 'timer'
          ? timerWait[i]!
          : childWait[i]!;
    sojourn[i] = wait + service[i]!;
    touch[i] = service[i]!;
    valueAdding[i] = step.type === 'task' && step.value === 'NVA' ? 0 : service[i]!;
    if (graph.indexOf(step.id) === i) {
      steps[step.id] = {
        visits: visits[i]!,
        serviceMean: service[i]!,
        waitMean: wait,
        sojournMean: sojourn[i]!,
      };
    }
  });

  const tree = buildCycleTree(model, blocks, visits);
  const ct = { ...cycleTimes(model, blocks, visits, [sojourn, touch, valueAdding], tree), tree };
  const [mean, touchTotal, vaTotal] = ct.totals as [number, number, number];
  const processTime = graph.steps.reduce((s, _step, i) => s + times(visits[i]!, service[i]!), 0);
  const transitions = taskTransitions(model, visits);
  const handoffsPerCase = transitions.reduce((s, t) => {
    const a = graph.steps[t.from]!;
    const b = graph.steps[t.to]!;
    const ra = a.type === 'task' ? a.role : undefined;
    const rb = b.type === 'task' ? b.role : undefined;
    return ra !== undefined && rb !== undefined && ra !== rb ? s + t.rate : s;
  }, 0);
  let bottleneck: Metrics['bottleneck'] = null;
  for (const [id, r] of Object.entries(roles)) {
    if (r.workPerCase > 0 && (!bottleneck || r.utilization > bottleneck.utilization)) {
      bottleneck = { role: id, utilization: r.utilization };
    }
  }
  const costPerCase =
    Object.values(roles).reduce((s, r) => s + r.costPerCase, 0) +
    childCostNotInRoles(childCost, childRoleWork, roleById);
  const metrics: Metrics = {
    arrivalRate: lambda,
    steps,
    roles,
    cycleTime: {
      mean,
      touch: touchTotal,
      wait: Number.isFinite(mean) ? mean - touchTotal : Infinity,
    },
    criticalPath: ct.criticalPath
      .filter((i) => ['task', 'timer', 'subprocess'].includes(graph.steps[i]!.type))
      .map((i) => graph.steps[i]!.id),
    processTime,
    leadTime: mean,
    flowEfficiency: !Number.isFinite(mean) ? 0 : mean > 0 ? touchTotal / mean : 1,
    nonValueAddingShare: !Number.isFinite(mean) ? 1 : mean > 0 ? 1 - vaTotal / mean : 0,
    costPerCase,
    handoffsPerCase,
    bottleneck,
  };
  return {
    metrics,
    graph,
    model,
    blocks,
    visits,
    transitions,
    unresolved,
    tree: ct.tree,
    times: { service, second, timerWait, childWait, sojourn },
    calendar: { closedWait, batchWait, bound: week.bound },
    roleLoads,
    childCost,
    childRoleWork,
  };
}

/**
 * The child's cost per case not already in the parent's roles. Pure.
 *
 * The child's cost per case is its roles' cost; roles the parent shares are already priced in
 * the parent's `roles` (their work was added there), so only the rest is added here.
 */
export function childCostNotInRoles(
  childCost: number,
  childRoleWork: Map<string, number>,
  parentRoles: Map<string, Role>,
): number {
  if (childCost === 0) return 0;
  let shared = 0;
  for (const [id, work] of childRoleWork) {
    const r = parentRoles.get(id);
    if (r) shared += times(work, r.costPerHour ?? 0) / 60;
  }
  return Math.max(0, childCost - shared);
}
