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
 */
import { EventQueue } from '../kernel/EventQueue';
import { message, SimulationError } from '../messages';
import { RandomStream } from '../random/RandomStream';
import { Sampler } from '../random/Sampler';
import { streamSeed } from '../random/streamSeed';
import type { ResolvedScenario } from '../scenario/Scenario';
import type { CaseTrace, LogEntry, ReplicationResult } from '../results';
import { TimeWeighted } from '../stats/TimeWeighted';
import { CaseData } from './CaseData';
import { chooseFlow } from './chooseFlow';
import { MoveStack } from './MoveStack';
import { initialBinWidth } from './initialBinWidth';
import type { CompiledModel } from './CompiledModel';
import { ReplicationState } from './ReplicationState';
import { summarizeReplication } from './summarizeReplication';
import * as K from './stepKinds';

const EV_ARRIVAL = 0;
const EV_DONE = 1;
const EV_OPEN = 2;
/** Ties at equal times: completions free members first, then roles open, then cases arrive. */
const P_DONE = 0;
const P_OPEN = 1;
const P_ARRIVAL = 2;
const MAX_INSTANT_HOPS = 1_000_000;

/** What a replication records besides statistics (both cost memory in proportion to the run). */
export interface RecordOptions {
  /** Keep every case's firing sequence (for tests against the token game). */
  recordTraces?: boolean;
  /** Keep every task and timer execution, for the event log. */
  recordLog?: boolean;
}

/** One replication in progress; see the module comment for its life cycle. */
export class Replication {
  readonly queue = new EventQueue(1024);
  readonly st: ReplicationState;
  readonly tw: TimeWeighted;
  now = 0;
  events = 0;
  finished = false;
  private readonly durations: Array<Sampler | null>;
  private readonly arrivals: Sampler[];
  private readonly routes: Array<RandomStream | null>;
  private readonly caseData: CaseData;
  private readonly totalArrivals: number;
  private readonly pause: boolean;
  private readonly moves = new MoveStack();
  readonly traces: CaseTrace[] | null;
  readonly log: LogEntry[] | null;

  constructor(
    readonly model: CompiledModel,
    readonly scenario: ResolvedScenario,
    readonly index: number,
    options: RecordOptions = {},
  ) {
    const seed = scenario.seed;
    const stream = (source: string): RandomStream =>
      new RandomStream(streamSeed(seed, index, source));
    this.durations = model.duration.map((d, s) =>
      d ? new Sampler(d, stream(`duration:${model.stepIds[s]}`), model.durationScale[s]) : null,
    );
    this.arrivals = model.starts.map(
      (a) => new Sampler(a.interarrival, stream(`arrival:${a.id}`), a.scale),
    );
    this.routes = model.stepIds.map((id, s) =>
      model.route[s] === K.ROUTE_PROBABILITY ? stream(`route:${id}`) : null,
    );
    this.caseData = new CaseData(scenario.attributes, seed, index);
    this.totalArrivals = Math.min(Number.MAX_SAFE_INTEGER, scenario.warmupCases + scenario.cases);
    this.pause = scenario.calendarMode === 'pause';
    this.st = new ReplicationState(model, this.caseData.empty === false);
    const roles = model.roles.length;
    this.tw = new TimeWeighted(
      1 + 2 * roles,
      scenario.bins,
      initialBinWidth(model, scenario, this.totalArrivals),
    );
    if (Number.isFinite(scenario.horizon)) this.tw.windowEnd = scenario.horizon;
    this.traces = options.recordTraces ? [] : null;
    this.log = options.recordLog ? [] : null;
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
      else this.open(arg);
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
    const t = a.calendar ? a.calendar.addWorkingTime(this.now, gap) : this.now + gap;
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
    if (!this.caseData.empty) st.data[c] = this.caseData.next();
    if (this.traces) st.trace[c] = [];
    this.tw.change(0, 1, now);
    const step = this.model.starts[i]!.step;
    const tok = st.newToken(c, step);
    this.fired(tok, step, -1);
    this.leave(tok, step);
    if (st.arrived < this.totalArrivals) this.scheduleArrival(i);
    else if (this.tw.windowEnd > now) this.tw.windowEnd = now;
  }

  /** A task or timer finished: free its member, record it, and move the token on. */
  private complete(tok: number): void {
    const st = this.st;
    const m = this.model;
    const s = st.tStep[tok]!;
    const c = st.tCase[tok]!;
    const now = this.now;
    const r = m.role[s]!;
    if (r >= 0) this.release(r);
    const wait = st.tStart[tok]! - st.tReady[tok]!;
    const service = st.tDur[tok]!;
    const breach = now - st.tReady[tok]! > m.sla[s]!;
    st.recordExecution(c, s, wait, service, r >= 0 ? m.roles[r]!.costPerHour : 0, breach);
    if (this.log) {
      this.log.push({
        replication: this.index,
        caseId: st.cNumber[c]!,
        step: m.stepIds[s]!,
        stepName: m.stepNames[s]!,
        role: r >= 0 ? m.roles[r]!.id : '',
        ready: st.tReady[tok]!,
        start: st.tStart[tok]!,
        end: now,
      });
    }
    this.fired(tok, s, -1);
    this.leave(tok, s);
  }

  private open(r: number): void {
    const st = this.st;
    st.openPending[r] = 0;
    const cal = this.model.roles[r]!.calendar;
    while (
      st.busy[r]! < st.capacity[r]! &&
      st.queueLength(r) > 0 &&
      (!cal || cal.isOpen(this.now))
    ) {
      const tok = st.dequeue(r);
      this.tw.change(2 + 2 * r, -1, this.now);
      st.busy[r]!++;
      this.tw.change(1 + 2 * r, 1, this.now);
      this.startService(tok, r);
    }
    if (st.queueLength(r) > 0 && st.busy[r]! < st.capacity[r]!) this.ensureOpen(r);
  }

  private request(tok: number, r: number): void {
    const st = this.st;
    const cal = this.model.roles[r]!.calendar;
    const open = !cal || cal.isOpen(this.now);
    if (open && st.busy[r]! < st.capacity[r]! && st.queueLength(r) === 0) {
      st.busy[r]!++;
      this.tw.change(1 + 2 * r, 1, this.now);
      this.startService(tok, r);
      return;
    }
    st.enqueue(r, tok);
    this.tw.change(2 + 2 * r, 1, this.now);
    if (!open) this.ensureOpen(r);
  }

  private release(r: number): void {
    const st = this.st;
    const cal = this.model.roles[r]!.calendar;
    if (st.queueLength(r) > 0 && (!cal || cal.isOpen(this.now))) {
      const next = st.dequeue(r);
      this.tw.change(2 + 2 * r, -1, this.now);
      this.startService(next, r);
      return;
    }
    st.busy[r]!--;
    this.tw.change(1 + 2 * r, -1, this.now);
    if (st.queueLength(r) > 0) this.ensureOpen(r);
  }

  private ensureOpen(r: number): void {
    if (this.st.openPending[r]) return;
    const cal = this.model.roles[r]!.calendar;
    if (!cal) return;
    this.st.openPending[r] = 1;
    this.queue.push(cal.nextOpen(this.now), P_OPEN, (r << 2) | EV_OPEN);
  }

  /** Starts the work of token `tok` (role `r`, or -1 for work without a role) now. */
  private startService(tok: number, r: number): void {
    const st = this.st;
    const s = st.tStep[tok]!;
    const sampler = this.durations[s];
    const dur = sampler ? sampler.sample() : 0;
    const now = this.now;
    st.tStart[tok] = now;
    st.tDur[tok] = dur;
    let end = now + dur;
    if (r >= 0) {
      const cal = this.model.roles[r]!.calendar;
      if (cal && this.pause) end = cal.addWorkingTime(now, dur);
      if (now >= this.tw.windowStart && now < this.tw.windowEnd) st.work[r] += dur;
    }
    this.queue.push(end, P_DONE, (tok << 2) | EV_DONE);
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
    if (b - a === 1 || (b > a && m.route[s] !== K.ROUTE_ALL)) {
      this.moves.push(tok, b - a === 1 ? m.outFlows[a]! : this.choose(tok, s, a, b));
      return;
    }
    if (b === a) {
      this.consume(tok, s);
      return;
    }
    this.moves.push(tok, m.outFlows[a]!);
    for (let i = a + 1; i < b; i++) this.moves.push(this.st.cloneToken(tok, s), m.outFlows[i]!);
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
    const t = m.flowTo[flow]!;
    st.tStep[tok] = t;
    switch (m.kind[t]) {
      case K.TASK: {
        st.tReady[tok] = this.now;
        const r = m.role[t]!;
        if (r >= 0) this.request(tok, r);
        else this.startService(tok, -1);
        return;
      }
      case K.TIMER:
        st.tReady[tok] = this.now;
        this.startService(tok, -1);
        return;
      case K.END:
        this.fired(tok, t, -1);
        this.consume(tok, t);
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
