import {
  pairInclusiveJoins,
  type Calendar,
  type ConditionAst,
  type Distribution,
  type Lang,
  type PriorityRule,
  type ProcessDocument,
} from '@flowsmith/model';
import { WorkCalendar } from '../calendar/WorkCalendar';
import { compileArrival } from './compileArrival';
import { draftFlows, type FlowDraft } from './draftFlows';
import { registerRoles, type RoleTables } from './registerRoles';
import { message, SimulationError, type MessageCode, type SimulationProblem } from '../messages';
import type { ResolvedScenario } from '../scenario/Scenario';
import type { CompiledBatch, CompiledModel, CompiledSet, CompiledStart } from './CompiledModel';
import { checkReachability } from './checkReachability';
import { compileBatch, compilePriorities, compileSets } from './compileCaseRules';
import { compileResources } from './compileResources';
import { compileInclusive } from './compileInclusive';
import { xorRoute } from './xorRoute';
import * as K from './stepKinds';

/** Options for compiling: child documents of subprocess steps, and the language of refusals. */
export interface CompileOptions {
  resolveProcess?: (id: string) => ProcessDocument | undefined;
  lang?: Lang;
}

/**
 * Flattens a process document and a scenario into the engine's arrays: subprocesses inlined
 * (their step ids prefixed `sub/`), overrides applied, conditions parsed once. Pure.
 * Throws a {@link SimulationError} listing everything the engine cannot run.
 */
export function compileModel(
  doc: ProcessDocument,
  scenario: ResolvedScenario,
  options: CompileOptions = {},
): CompiledModel {
  return new Compiler(scenario, options).compile(doc);
}

class Compiler {
  private readonly problems: SimulationProblem[] = [];
  private readonly lang: Lang;
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly top: boolean[] = [];
  private readonly kinds: number[] = [];
  private readonly roleOf: number[] = [];
  private readonly durations: Array<Distribution | undefined> = [];
  private readonly scales: number[] = [];
  private readonly slas: number[] = [];
  private readonly owners: number[] = [];
  private readonly entries = new Map<number, number>();
  private readonly flows: FlowDraft[] = [];
  private readonly roleTables: RoleTables = { roles: [], roleIndex: new Map(), roleSources: [] };
  private readonly roles = this.roleTables.roles;
  private readonly roleIndex = this.roleTables.roleIndex;
  private readonly starts: CompiledStart[] = [];
  private readonly roleSources = this.roleTables.roleSources;
  private readonly localIds: string[] = [];
  private readonly setsOf: Array<CompiledSet[] | null> = [];
  private readonly batchOf: Array<CompiledBatch | null> = [];
  private readonly terminates: number[] = [];
  private readonly setNames = new Set<string>();
  private priorityRules: PriorityRule[] = [];
  /** Or splits and the joins that close them (model's `pairInclusiveJoins`), as step indices. */
  private readonly orPairs: Array<[number, number]> = [];

  constructor(
    private readonly scenario: ResolvedScenario,
    private readonly options: CompileOptions,
  ) {
    this.lang = options.lang ?? 'en';
  }

  compile(doc: ProcessDocument): CompiledModel {
    const scenarioRules = (this.scenario as { priorities?: PriorityRule[] }).priorities;
    this.priorityRules = scenarioRules ?? doc.simulation?.priorities ?? [];
    this.addDocument(doc, '', -1, [doc.id]);
    if (this.starts.length === 0) this.fail('', 'sim.noArrivals', {});
    if (this.problems.length) throw new SimulationError(this.problems);
    const model = this.assemble();
    this.checkDeadEnds(model);
    if (this.problems.length) throw new SimulationError(this.problems);
    return model;
  }

  private fail<C extends MessageCode>(
    path: string,
    code: C,
    params: Parameters<typeof message<C>>[1],
  ): void {
    this.problems.push({ path, code, message: message(code, params, this.lang) });
  }

  /** Adds `doc`'s steps; returns the index of its first start step (the entry of a subprocess). */
  private addDocument(
    doc: ProcessDocument,
    prefix: string,
    owner: number,
    stack: string[],
  ): number {
    const isTop = owner < 0;
    const calendars = new Map<string, Calendar>((doc.calendars ?? []).map((c) => [c.id, c]));
    const calendar = (
      path: string,
      ownerId: string,
      id: string | undefined,
    ): WorkCalendar | null => {
      if (id === undefined) return null;
      const c = calendars.get(id);
      if (!c) {
        this.fail(path, 'sim.noCalendar', { owner: ownerId, calendar: id });
        return null;
      }
      // H3: calendars take the start's week phase (ResolvedScenario.weekPhase, SIM-CAL-5).
      const wc = new WorkCalendar(c, this.scenario.weekPhase);
      if (wc.openPerWeek <= 0) this.fail(path, 'sim.neverOpen', { calendar: id });
      return wc;
    };
    registerRoles(doc, prefix, this.scenario, calendar, this.roleTables);
    const local = new Map<string, number>();
    let entry = -1;
    const subs: Array<[number, string, string]> = [];
    doc.steps.forEach((st, i) => {
      if (local.has(st.id)) return;
      const index = this.ids.length;
      local.set(st.id, index);
      this.ids.push(prefix + st.id);
      this.localIds.push(st.id);
      this.names.push(st.name);
      this.top.push(isTop);
      this.owners.push(owner);
      let kind = K.XOR;
      let role = -1;
      let duration: Distribution | undefined;
      let sla = Infinity;
      let sets: CompiledSet[] | null = null;
      let batch: CompiledBatch | null = null;
      let terminate = 0;
      switch (st.type) {
        case 'start': {
          kind = isTop ? K.START : K.SUB_START;
          if (entry < 0) entry = index;
          if (isTop && st.arrival) {
            const cal = calendar(`steps[${i}].arrival.calendar`, st.id, st.arrival.calendar);
            const arrival = compileArrival(
              { ...st, arrival: st.arrival },
              index,
              doc,
              this.scenario,
              cal,
            );
            if (arrival.neverArrives)
              this.fail(`steps[${i}].arrival.profile`, 'sim.arrivalNeverComes', { step: st.id });
            if (arrival.start) this.starts.push(arrival.start);
          }
          break;
        }
        case 'end':
          kind = isTop ? K.END : K.SUB_END;
          if (st.terminate === true) {
            if (isTop) terminate = 1;
            else
              this.fail(`${prefix}steps[${i}].terminate`, 'sim.terminateInSubprocess', {
                step: prefix + st.id,
              });
          }
          break;
        case 'or':
          kind = K.OR;
          break;
        case 'task':
          kind = K.TASK;
          duration = st.duration;
          if (st.sla)
            sla = st.sla.value * ({ s: 1 / 60, min: 1, h: 60, d: 1440 }[st.sla.unit] ?? 1);
          if (st.role !== undefined) {
            role = this.roleIndex.get(st.role) ?? -1;
            if (role < 0)
              this.fail(`${prefix}steps[${i}].role`, 'sim.noRole', { step: st.id, role: st.role });
          }
          if (st.sets) {
            sets = compileSets(st.sets);
            for (const c of sets) this.setNames.add(c.name);
          }
          if (st.batch) {
            batch = compileBatch(st.batch, (id) =>
              calendar(`${prefix}steps[${i}].batch.schedule`, st.id, id),
            );
            if (!batch)
              this.fail(`${prefix}steps[${i}].batch`, 'sim.batchNeverFires', {
                step: prefix + st.id,
              });
          }
          break;
        case 'timer':
          kind = K.TIMER;
          duration = st.duration;
          break;
        case 'and':
          kind = K.AND;
          break;
        case 'subprocess':
          kind = K.SUB;
          subs.push([index, st.process, `${prefix}steps[${i}].process`]);
          break;
        default:
          kind = K.XOR;
      }
      this.kinds.push(kind);
      this.setsOf.push(sets);
      this.batchOf.push(batch);
      this.terminates.push(terminate);
      this.roleOf.push(role);
      this.durations.push(duration);
      const factors = this.scenario.overrides.duration;
      this.scales.push(isTop && Object.hasOwn(factors, st.id) ? factors[st.id]! : 1);
      this.slas.push(sla);
    });
    this.flows.push(...draftFlows(doc, local, prefix, isTop, this.scenario.overrides));
    if (doc.steps.some((st) => st.type === 'or')) {
      const pairing = pairInclusiveJoins(doc);
      for (const [split, join] of pairing.joinOf)
        this.orPairs.push([local.get(split)!, local.get(join)!]);
      for (const join of pairing.unpaired)
        this.fail(prefix + join, 'sim.orJoinWithoutSplit', { step: prefix + join });
    }
    for (const [index, processId, path] of subs) {
      const stepId = this.ids[index]!;
      if (stack.includes(processId)) {
        this.fail(path, 'sim.recursiveSubprocess', { step: stepId, process: processId });
        continue;
      }
      const child = this.options.resolveProcess?.(processId);
      if (!child) {
        this.fail(path, 'sim.noSubprocess', { step: stepId, process: processId });
        continue;
      }
      this.entries.set(index, this.addDocument(child, `${stepId}/`, index, [...stack, processId]));
    }
    return entry;
  }

  private assemble(): CompiledModel {
    const n = this.ids.length;
    const flows = this.flows;
    const outStart = new Int32Array(n + 1);
    for (const f of flows) outStart[f.from + 1]!++;
    for (let s = 0; s < n; s++) outStart[s + 1]! += outStart[s]!;
    const fill = outStart.slice(0, n);
    const outFlows = new Int32Array(flows.length);
    flows.forEach((f, i) => (outFlows[fill[f.from]!++] = i));
    const inCount = new Int32Array(n);
    const flowSlot = new Int32Array(flows.length);
    for (let i = 0; i < flows.length; i++) flowSlot[i] = inCount[flows[i]!.to]!++;
    const kind = Uint8Array.from(this.kinds);
    const joinBase = new Int32Array(n).fill(-1);
    let joinSlots = 0;
    for (let s = 0; s < n; s++) {
      if (kind[s] === K.AND && inCount[s]! > 1) {
        joinBase[s] = joinSlots;
        joinSlots += inCount[s]!;
      }
    }
    const subIndex = new Int32Array(n).fill(-1);
    const subEntry = new Int32Array(n).fill(-1);
    let subCount = 0;
    for (let s = 0; s < n; s++) {
      if (kind[s] === K.SUB) {
        subIndex[s] = subCount++;
        subEntry[s] = this.entries.get(s) ?? -1;
      }
    }
    const route = new Uint8Array(n);
    const cumulative = new Float64Array(flows.length);
    const condition: Array<ConditionAst | null> = flows.map(() => null);
    for (let s = 0; s < n; s++) {
      const out = Array.from(outFlows.subarray(outStart[s]!, outStart[s + 1]!));
      if (out.length > 1 && kind[s] === K.XOR)
        route[s] = xorRoute(
          this.ids[s]!,
          out,
          flows,
          this.dataNames(),
          this.lang,
          cumulative,
          condition,
          this.problems,
        );
    }
    const inclusive = compileInclusive(
      { ids: this.ids, kind, outStart, outFlows, flows, pairs: this.orPairs },
      this.dataNames(),
      this.lang,
      route,
      condition,
    );
    this.problems.push(...inclusive.problems);
    const role = Int32Array.from(this.roleOf);
    const hasTerminate = this.terminates.includes(1);
    const persons = compileResources(
      this.roles,
      this.roleSources,
      {
        kind,
        role,
        ids: this.ids,
        localIds: this.localIds,
        batched: this.batchOf.map((b) => b !== null),
        hasTerminate,
      },
      this.scenario.overrides as {
        capacity: Record<string, number>;
        queue?: Record<string, string>;
      },
    );
    const priorities = compilePriorities(this.priorityRules, this.lang, (i, error) =>
      this.fail(`simulation.priorities[${i}].condition`, 'sim.priorityCondition', {
        index: String(i),
        message: error,
      }),
    );
    return {
      stepIds: this.ids,
      stepNames: this.names,
      topLevel: this.top,
      kind,
      role,
      duration: this.durations,
      durationScale: Float64Array.from(this.scales),
      sla: Float64Array.from(this.slas),
      outStart,
      outFlows,
      flowIds: flows.map((f) => f.id),
      flowTo: Int32Array.from(flows.map((f) => f.to)),
      joinBase,
      joinSlots,
      inCount,
      flowSlot,
      route,
      cumulative,
      condition,
      isDefault: Uint8Array.from(flows.map((f) => (f.isDefault ? 1 : 0))),
      owner: Int32Array.from(this.owners),
      subIndex,
      subEntry,
      subCount,
      roles: this.roles,
      starts: this.starts,
      persons,
      sets: this.setsOf,
      batch: this.batchOf,
      terminate: Uint8Array.from(this.terminates),
      hasTerminate,
      orSplitSlot: inclusive.orSplitSlot,
      orJoinSlot: inclusive.orJoinSlot,
      orSlots: inclusive.orSlots,
      orRegionStart: inclusive.orRegionStart,
      orRegionSlots: inclusive.orRegionSlots,
      orChance: inclusive.orChance,
      priorities,
      dataNames: this.dataNames(),
    };
  }

  /** Names case data can hold: the scenario's attributes and every name a step sets (SIM-DATA). */
  private dataNames(): Set<string> {
    return new Set([...Object.keys(this.scenario.attributes), ...this.setNames]);
  }

  /** Refuses steps a case can reach but not leave, or never get from to an end. */
  private checkDeadEnds(m: CompiledModel): void {
    const { deadEnds, noWayOut } = checkReachability(m);
    for (const s of deadEnds) this.fail(m.stepIds[s]!, 'sim.noSteps', { step: m.stepIds[s]! });
    if (deadEnds.length === 0 && noWayOut.length > 0) {
      const steps = noWayOut.map((s) => m.stepIds[s]!);
      this.fail(steps[0]!, 'sim.noWayOut', { steps: steps.slice(0, 5).join(', ') });
    }
  }
}
