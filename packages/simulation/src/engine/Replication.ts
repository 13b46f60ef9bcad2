/**
 * The discrete-event engine for one replication of one process under one scenario.
 *
 * Life cycle: `new Replication(model, scenario, index, options)` schedules the first arrival of
 * every arrival stream; `run(maxEvents)` processes events in (time, priority, sequence) order
 * until the budget is spent (returns false: call again) or the run is over (returns true);
 * `result()` then gives the plain-data {@link ReplicationResult}. Running in slices is what
 * lets a caller report progress and honour cancellation between them.
 *
 * State lives in typed arrays indexed by case slot, token and role: a token is one thread of
 * control of a case (a parallel branch); a case is done when its last token is consumed.
 * Events are integers (`arg << 2 | kind`); nothing is allocated per event on the main path.
 *
 * Parts: {@link SimpleRoles} (the base class: clock, queue, fast-path roles), `Workplace`
 * (people, queue disciplines, batches), `cancelCase` (terminate ends), `CaseRules` (`sets`,
 * priorities). What stays here is the token routing and the per-event hot loop, kept in one
 * class (a little past 400 lines) so V8 inlines it whole (docs/benchmarks.md).
 */
import { message, SimulationError } from '../messages';
import { RandomStream } from '../random/RandomStream';
import { Sampler } from '../random/Sampler';
import { streamSeed } from '../random/streamSeed';
import type { ResolvedScenario } from '../scenario/Scenario';
import type { CaseTrace, LogEntry, ReplicationResult } from '../results';
import { cancelCase } from './cancelCase';
import { logWork, recordWork } from './recordWork';
import { CaseData } from './CaseData';
import { CaseRules } from './CaseRules';
import { chooseFlow } from './chooseFlow';
import { chooseOrFlows } from './chooseOrFlows';
import { MoveStack } from './MoveStack';
import type { CompiledModel } from './CompiledModel';
import { EV_ARRIVAL, EV_DONE, EV_OPEN, P_ARRIVAL } from './events';
import { W_CANCELLED, W_GATE, W_MOVING } from './ReplicationState';
import { summarizeReplication } from './summarizeReplication';
import * as K from './stepKinds';
import { SimpleRoles } from './SimpleRoles';
import { Workplace } from './Workplace';

const MAX_INSTANT_HOPS = 1_000_000;

/** What a replication records besides statistics (both cost memory in proportion to the run). */
export interface RecordOptions {
  /** Keep every case's firing sequence (for tests against the token game). */
  recordTraces?: boolean;
  /** Keep every task and timer execution, for the event log. */
  recordLog?: boolean;
}

/** One replication in progress; see the module comment for its life cycle. */
export class Replication extends SimpleRoles {
  events = 0;
  finished = false;
  readonly work: Workplace;
  private readonly arrivals: Sampler[];
  private readonly routes: Array<RandomStream | null>;
  private readonly caseData: CaseData;
  private readonly rules: CaseRules;
  private readonly totalArrivals: number;
  private readonly moves = new MoveStack();
  private orTaken = new Int32Array(8);
  /** Whether a terminate end may cancel tokens (then stale events are checked for). */
  private readonly cancels: boolean;
  /** Whether some step batches its cases. */
  private readonly batching: boolean;
  readonly traces: CaseTrace[] | null;
  readonly log: LogEntry[] | null;

  constructor(
    model: CompiledModel,
    scenario: ResolvedScenario,
    index: number,
    options: RecordOptions = {},
  ) {
    const total = Math.min(Number.MAX_SAFE_INTEGER, scenario.warmupCases + scenario.cases);
    const hasData =
      Object.keys(scenario.attributes).length > 0 ||
      model.sets.some((x) => x !== null) ||
      model.priorities.length > 0;
    super(model, scenario, index, hasData, total);
    const seed = scenario.seed;
    const stream = (source: string): RandomStream =>
      new RandomStream(streamSeed(seed, index, source));
    this.arrivals = model.starts.map(
      (a) => new Sampler(a.interarrival, stream(`arrival:${a.id}`), a.scale),
    );
    this.routes = model.stepIds.map((id, s) =>
      model.route[s] === K.ROUTE_PROBABILITY ? stream(`route:${id}`) : null,
    );
    this.caseData = new CaseData(scenario.attributes, seed, index);
    this.rules = new CaseRules(model, seed, index);
    this.totalArrivals = total;
    this.traces = options.recordTraces ? [] : null;
    this.log = options.recordLog ? [] : null;
    this.work = new Workplace(this);
    this.cancels = model.hasTerminate;
    this.batching = this.work.gate !== null;
    model.starts.forEach((_, i) => this.scheduleArrival(i));
  }

  /** Processes up to `maxEvents` events; true when the replication is over. */
  run(maxEvents: number): boolean {
    if (this.finished) return true;
    const q = this.queue;
    const horizon = this.scenario.horizon;
    for (let n = 0; n < maxEvents; n++) {
      if (!q.pop()) return this.finish(Number.isFinite(horizon) ? horizon : this.now);
      const t = q.time;
      if (t > horizon) return this.finish(horizon);
      this.now = t;
      this.events++;
      const payload = q.payload;
      const kind = payload & 3;
      const arg = payload >> 2;
      if (kind === EV_DONE) this.complete(arg);
      else if (kind === EV_ARRIVAL) this.arrive(arg);
      else if (kind === EV_OPEN) this.open(arg);
      else this.work.misc(arg);
    }
    return false;
  }

  /** Share of the run done, 0..1 (by arrivals, or by simulated time on a horizon). */
  progress(): number {
    if (this.finished) return 1;
    const byCases = this.st.arrived / this.totalArrivals;
    const byTime = Number.isFinite(this.scenario.horizon) ? this.now / this.scenario.horizon : 0;
    return Math.min(1, Math.max(byCases, byTime));
  }

  /** The statistics of the finished replication. */
  result(): ReplicationResult {
    return summarizeReplication(this);
  }

  private finish(end: number): true {
    this.now = end;
    this.finished = true;
    if (this.tw.windowEnd > end) this.tw.windowEnd = end;
    if (this.tw.windowStart > end) this.tw.windowStart = end;
    return true;
  }

  private scheduleArrival(i: number): void {
    const a = this.model.starts[i]!;
    const gap = this.arrivals[i]!.sample();
    // H3: the stream's clock applies its calendar rule and profile (engine/ArrivalClock.ts).
    const t = a.clock.next(this.now, gap);
    if (t <= this.scenario.horizon) this.queue.push(t, P_ARRIVAL, (i << 2) | EV_ARRIVAL);
  }

  private arrive(i: number): void {
    const st = this.st;
    if (st.arrived >= this.totalArrivals) return;
    const number = st.arrived++;
    const now = this.now;
    const measured = number >= this.scenario.warmupCases && now >= this.scenario.warmupTime;
    if (measured && this.tw.windowStart === Infinity) this.tw.startWindow(now);
    const c = st.newCase(number, now, measured);
    if (st.hasData) this.newData(c);
    if (this.traces) st.trace[c] = [];
    this.tw.change(0, 1, now);
    const step = this.model.starts[i]!.step;
    const tok = st.newToken(c, step);
    this.fired(tok, step, -1);
    this.leave(tok, step);
    if (st.arrived < this.totalArrivals) this.scheduleArrival(i);
    else if (this.tw.windowEnd > now) this.tw.windowEnd = now;
  }

  /** Case `c`'s data drawn at arrival, and its priority. */
  private newData(c: number): void {
    const data = this.caseData.next();
    this.st.data[c] = data;
    this.st.cPriority[c] = this.model.priorities.length > 0 ? this.rules.priority(data) : 0;
  }

  /** A task or timer finished: free its member, record it, and move the token on. */
  private complete(tok: number): void {
    const st = this.st;
    const m = this.model;
    const s = st.tStep[tok]!;
    const r = m.role[s]!;
    if (r < 0 || !this.simple[r]) return this.completeOther(tok, s, r);
    // The fast path written out (as recordWork + finishTask): the hot loop inlines it whole.
    const c = st.tCase[tok]!;
    this.release(r);
    const wait = st.tStart[tok]! - st.tReady[tok]!;
    const breach = this.now - st.tReady[tok]! > m.sla[s]!;
    st.recordExecution(c, s, wait, st.tDur[tok]!, m.roles[r]!.costPerHour, breach);
    if (this.log) logWork(this, tok, r, -1);
    if (st.hasData) this.changeData(c, s);
    this.fired(tok, s, -1);
    this.leave(tok, s);
  }

  /** {@link complete} off the fast path: work of a person, without a role, or cancelled. */
  private completeOther(tok: number, s: number, r: number): void {
    const st = this.st;
    if (this.cancels && st.tWhere[tok] === W_CANCELLED) {
      st.recycleToken(tok); // its case was terminated while it was in work
      return;
    }
    let cost = 0;
    let p = -1;
    if (r >= 0) {
      p = st.tPerson[tok]!;
      cost = this.work.costPerHour(p, r);
      this.work.releasePerson(p, r);
    }
    recordWork(this, tok, r, cost, p);
    this.finishTask(tok, s);
  }

  /** Adds the execution token `tok` just finished (or stopped) to the statistics and the log. */
  record(tok: number, r: number, costPerHour: number, person: number): void {
    recordWork(this, tok, r, costPerHour, person);
  }

  /** Token `tok` leaves finished task or timer `s`: its case data changes, then it moves on. */
  finishTask(tok: number, s: number): void {
    // Its work is over: a terminate end reached by a sibling in this instant must not stop it again.
    if (this.cancels) this.st.tWhere[tok] = W_MOVING;
    if (this.st.hasData) this.changeData(this.st.tCase[tok]!, s);
    this.fired(tok, s, -1);
    this.leave(tok, s);
  }

  /** Step `s` finished for case `c`: its `sets`, then the case's priority again. */
  private changeData(c: number, s: number): void {
    const st = this.st;
    if (this.rules.apply(s, st.data[c]!) && this.model.priorities.length > 0)
      st.cPriority[c] = this.rules.priority(st.data[c]!);
  }

  /** Moves token `tok` out of step `s` along its outgoing flows, through every step that takes no time. */
  private leave(tok: number, s: number): void {
    this.pushOut(tok, s);
    let hops = 0;
    const moves = this.moves;
    while (moves.pop()) {
      this.enter(moves.token, moves.flow);
      if (++hops > MAX_INSTANT_HOPS) {
        throw new SimulationError([
          {
            path: this.model.stepIds[s]!,
            code: 'sim.zeroTimeLoop',
            message: message('sim.zeroTimeLoop', { step: this.model.stepIds[s]! }),
          },
        ]);
      }
    }
  }

  private pushOut(tok: number, s: number): void {
    const m = this.model;
    const a = m.outStart[s]!;
    const b = m.outStart[s + 1]!;
    if (b - a === 1) {
      this.moves.push(tok, m.outFlows[a]!);
      return;
    }
    if (b > a && m.route[s] !== K.ROUTE_ALL) {
      if (m.kind[s] === K.OR) this.orSplit(tok, s, a, b);
      else this.moves.push(tok, this.choose(tok, s, a, b));
      return;
    }
    if (b === a) {
      this.consume(tok, s);
      return;
    }
    this.moves.push(tok, m.outFlows[a]!);
    for (let i = a + 1; i < b; i++) this.moves.push(this.st.cloneToken(tok, s), m.outFlows[i]!);
    if (m.orSlots > 0) this.st.orRegionAdd(this.st.tCase[tok]!, s, b - a - 1);
  }

  /** Or split `s` sends the case along one or more flows; its join learns how many. */
  private orSplit(tok: number, s: number, a: number, b: number): void {
    const m = this.model;
    const st = this.st;
    const c = st.tCase[tok]!;
    if (this.orTaken.length < b - a) this.orTaken = new Int32Array(b - a);
    const taken = this.orTaken;
    const n = chooseOrFlows(m, this.routes[s] ?? null, st.data[c], s, a, b, taken);
    const slot = m.orSplitSlot[s]!;
    if (slot >= 0) {
      st.orExpected[c * m.orSlots + slot] = n;
      st.orArrived[c * m.orSlots + slot] = 0;
    }
    if (this.traces && m.topLevel[s]) {
      const flows = Array.from(taken.subarray(0, n), (f) => m.flowIds[f]!);
      st.trace[c]!.push({ step: m.stepIds[s]!, flows, time: this.now });
    }
    if (n === 0) {
      st.stuckTokens++;
      return;
    }
    const first = taken[0]!;
    for (let i = 1; i < n; i++) this.moves.push(st.cloneToken(tok, s), taken[i]!);
    st.orRegionAdd(c, s, n - 1);
    this.moves.push(tok, first);
  }

  /** The flow an xor sends the case along: by probability or by the first condition that holds. */
  private choose(tok: number, s: number, a: number, b: number): number {
    const m = this.model;
    const c = this.st.tCase[tok]!;
    const chosen = chooseFlow(m, this.routes[s] ?? null, this.st.data[c], s, a, b);
    if (chosen < 0) {
      // No flow applies: the token stays where it is and its case never finishes.
      this.st.stuckTokens++;
      return -1;
    }
    if (this.traces && m.topLevel[s]) {
      this.st.trace[c]!.push({ step: m.stepIds[s]!, flow: m.flowIds[chosen]!, time: this.now });
    }
    return chosen;
  }

  /** Token `tok` arrives at the target of `flow`. */
  private enter(tok: number, flow: number): void {
    if (flow < 0) return;
    const m = this.model;
    const st = this.st;
    // A branch of a case a terminate end just ended is dropped.
    if (this.cancels && st.tWhere[tok] === W_CANCELLED) return st.recycleToken(tok);
    const t = m.flowTo[flow]!;
    st.tStep[tok] = t;
    switch (m.kind[t]) {
      case K.TASK: {
        st.tReady[tok] = this.now;
        const r = m.role[t]!;
        if (r >= 0 && this.simple[r]) this.request(tok, r);
        else this.enterTask(tok, t, r);
        return;
      }
      case K.TIMER:
        st.tReady[tok] = this.now;
        this.startService(tok, -1);
        return;
      case K.END:
        this.fired(tok, t, -1);
        if (m.terminate[t]) cancelCase(this, tok);
        this.consume(tok, t);
        return;
      case K.OR:
        this.enterOr(tok, t);
        return;
      case K.AND:
        if (m.joinBase[t]! >= 0 && !st.join(tok, t, flow)) return;
        this.fired(tok, t, -1);
        this.pushOut(tok, t);
        return;
      case K.SUB:
        st.enterSub(tok, t);
        this.pushOut(tok, m.subEntry[t]!);
        return;
      case K.SUB_END: {
        const o = m.owner[t]!;
        if (!st.leaveSub(tok, o)) return;
        st.tStep[tok] = o;
        this.fired(tok, o, -1);
        this.pushOut(tok, o);
        return;
      }
      case K.XOR: {
        const outs = m.outStart[t + 1]! - m.outStart[t]!;
        if (outs <= 1 || m.route[t] === K.ROUTE_ALL) this.fired(tok, t, -1);
        this.pushOut(tok, t);
        return;
      }
      default:
        this.fired(tok, t, -1);
        this.pushOut(tok, t);
    }
  }

  /** Token `tok` reaches a task `t` off the fast path: a batch, a role of people, or no role. */
  private enterTask(tok: number, t: number, r: number): void {
    if (this.batching && this.work.gate!.gateOf[t]! >= 0) {
      this.st.tWhere[tok] = W_GATE;
      this.work.gate!.add(tok, t);
    } else if (r >= 0) this.work.request(tok, r);
    else this.startService(tok, -1);
  }

  /** Token `tok` reaches or step `t`: a join waits for its region's tokens, a split splits. */
  private enterOr(tok: number, t: number): void {
    const m = this.model;
    if (m.orJoinSlot[t]! >= 0 && !this.st.orJoin(tok, t, m.orJoinSlot[t]!)) return;
    // A split records its firing with the flows it took (orSplit).
    if (m.outStart[t + 1]! - m.outStart[t]! <= 1) this.fired(tok, t, -1);
    this.pushOut(tok, t);
  }

  /** Token `tok` ends at step `s`; the case completes with its last token. */
  private consume(tok: number, _s: number): void {
    const st = this.st;
    const c = st.tCase[tok]!;
    st.freeToken(tok);
    if (st.cTokens[c] === 0) {
      this.tw.change(0, -1, this.now);
      if (this.traces && st.cMeasured[c]) {
        const trace: CaseTrace = { caseId: st.cNumber[c]!, steps: st.trace[c]! };
        if (st.data[c]) trace.data = st.data[c];
        this.traces.push(trace);
      }
      st.completeCase(
        c,
        this.now,
        this.scenario.sla,
        this.now >= this.tw.windowStart && this.now <= this.tw.windowEnd,
      );
    }
  }

  private fired(tok: number, s: number, _flow: number): void {
    if (this.traces && this.model.topLevel[s])
      this.st.trace[this.st.tCase[tok]!]!.push({ step: this.model.stepIds[s]!, time: this.now });
  }
}
