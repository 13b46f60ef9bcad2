import { Sampler } from '../random/Sampler';
import { RandomStream } from '../random/RandomStream';
import { streamSeed } from '../random/streamSeed';
import { BatchGate, type BatchHost } from './BatchGate';
import { Dispatch, type DispatchHost } from './Dispatch';
import {
  EV_DONE,
  EV_MISC,
  MISC_BATCH_DONE,
  MISC_BATCH_SCHEDULE,
  MISC_BATCH_WINDOW,
  MISC_PERSON_OPEN,
  P_DONE,
  P_OPEN,
} from './events';
import type { Replication } from './Replication';
import { W_BATCH, W_MOVING, W_QUEUED, W_SERVICE } from './ReplicationState';
import * as K from './stepKinds';

/**
 * Where work meets people (SPEC.md SIM-SEM-2, SIM-RES-*, SIM-BATCH-*): the fast path of simple
 * roles (anonymous members, FIFO ring, role calendar) exactly as before, and person-by-person
 * {@link Dispatch} and {@link BatchGate} for the rest. Owned by one {@link Replication}.
 */
export class Workplace implements DispatchHost, BatchHost {
  readonly dispatch: Dispatch | null;
  readonly gate: BatchGate | null;
  /** Busy minutes per person started in the measurement window. */
  readonly personWork: Float64Array;
  private readonly durations: ReadonlyArray<Sampler | null>;
  private readonly own: Array<Map<number, Sampler>>;
  private readonly pause: boolean;

  constructor(private readonly rep: Replication) {
    const m = rep.model;
    const stream = (source: string): RandomStream =>
      new RandomStream(streamSeed(rep.scenario.seed, rep.index, source));
    this.durations = rep.durations;
    this.own = m.persons.map((p) => {
      const map = new Map<number, Sampler>();
      for (const [s, d] of p.durations)
        map.set(s, new Sampler(d, stream(`duration:${m.stepIds[s]}:${p.id}`), m.durationScale[s]));
      return map;
    });
    this.pause = rep.scenario.calendarMode === 'pause';
    this.personWork = new Float64Array(m.persons.length);
    this.dispatch = m.persons.length > 0 ? new Dispatch(m, this) : null;
    this.gate = m.batch.some((b) => b !== null) ? new BatchGate(m, this) : null;
    if (this.gate) this.gate.readyOf = (tok) => rep.st.tReady[tok]!;
  }

  get now(): number {
    return this.rep.now;
  }

  /** Token `tok` at a task of role `r` (not on the fast path) asks for a person. */
  request(tok: number, r: number): void {
    this.rep.st.tWhere[tok] = W_QUEUED;
    this.dispatch!.request(tok, r, this.queueKey(tok, r), this.rep.now);
  }

  /** A person `p` of role `r` is free (work done or dropped). */
  releasePerson(p: number, r: number): void {
    this.rep.tw.change(1 + 2 * r, -1, this.rep.now);
    this.dispatch!.release(p);
  }

  /** {@link DispatchHost.begin}: person `p` starts `entry` for role `r`. */
  begin(entry: number, r: number, p: number): void {
    const rep = this.rep;
    rep.tw.change(1 + 2 * r, 1, rep.now);
    if (entry < 0) {
      this.beginBatch(~entry, r, p);
      return;
    }
    const st = rep.st;
    const dur = this.personDuration(p, st.tStep[entry]!);
    st.tStart[entry] = rep.now;
    st.tDur[entry] = dur;
    st.tPerson[entry] = p;
    st.tWhere[entry] = W_SERVICE;
    st.tCounted[entry] = this.inWindow() ? 1 : 0;
    rep.queue.push(this.workEnd(p, r, dur), P_DONE, (entry << 2) | EV_DONE);
  }

  /** {@link DispatchHost.wakeAt}. */
  wakeAt(p: number, t: number): void {
    this.rep.queue.push(t, P_OPEN, (((p << 2) | MISC_PERSON_OPEN) << 2) | EV_MISC);
  }

  /** {@link DispatchHost.queued}. */
  queued(r: number, delta: number): void {
    this.rep.tw.change(2 + 2 * r, delta, this.rep.now);
  }

  /** {@link BatchHost.timerAt}. */
  timerAt(g: number, schedule: boolean, t: number): void {
    const sub = schedule ? MISC_BATCH_SCHEDULE : MISC_BATCH_WINDOW;
    this.rep.queue.push(t, P_OPEN, (((g << 2) | sub) << 2) | EV_MISC);
  }

  /** {@link BatchHost.formed}: batch `b` queues for its role, or starts at once without one. */
  formed(b: number): void {
    const gate = this.gate!;
    const st = this.rep.st;
    for (const tok of gate.tokens[b]!) {
      st.tWhere[tok] = W_BATCH;
      st.tPerson[tok] = ~b;
    }
    const r = this.rep.model.role[gate.step[b]!]!;
    if (r >= 0) this.dispatch!.request(~b, r, this.queueKey(~b, r), this.rep.now);
    else this.beginBatch(b, -1, -1);
  }

  /** An EV_MISC event. */
  misc(arg: number): void {
    const sub = arg & 3;
    const x = arg >> 2;
    if (sub === MISC_PERSON_OPEN) this.dispatch!.open(x);
    else if (sub === MISC_BATCH_DONE) this.batchDone(x);
    else this.gate!.timer(x, sub === MISC_BATCH_SCHEDULE);
  }

  /** Batch `b` is done: its person is free, and each of its cases moves on. */
  batchDone(b: number): void {
    const gate = this.gate!;
    if (gate.cancelled[b]) {
      gate.recycle(b); // its last case was terminated
      return;
    }
    const r = gate.role[b]!;
    const p = gate.person[b]!;
    const tokens = gate.tokens[b]!;
    const cost = this.costPerHour(p, r) / Math.max(1, tokens.length);
    if (p >= 0) this.releasePerson(p, r);
    for (const tok of tokens) this.rep.record(tok, r, cost, p);
    // All its cases are done with the batch before the first moves on (and may terminate).
    if (this.rep.model.hasTerminate) for (const tok of tokens) this.rep.st.tWhere[tok] = W_MOVING;
    for (const tok of tokens) this.rep.finishTask(tok, gate.step[b]!);
    gate.recycle(b);
  }

  /** Hourly cost of person `p` (-1: the role's) working for role `r`. */
  costPerHour(p: number, r: number): number {
    if (r < 0) return 0;
    const own = p >= 0 ? this.rep.model.persons[p]!.costPerHour : NaN;
    return Number.isNaN(own) ? this.rep.model.roles[r]!.costPerHour : own;
  }

  private beginBatch(b: number, r: number, p: number): void {
    const rep = this.rep;
    const gate = this.gate!;
    const s = gate.step[b]!;
    const tokens = gate.tokens[b]!;
    const base = p >= 0 ? this.personDuration(p, s) : (this.durations[s]?.sample() ?? 0);
    const dur = base * (1 + rep.model.batch[s]!.perCase * (tokens.length - 1));
    gate.start[b] = rep.now;
    gate.duration[b] = dur;
    gate.person[b] = p;
    gate.role[b] = r;
    for (const tok of tokens) {
      rep.st.tStart[tok] = rep.now;
      rep.st.tDur[tok] = dur;
    }
    const end = p >= 0 ? this.workEnd(p, r, dur) : rep.now + dur;
    rep.queue.push(end, P_DONE, (((b << 2) | MISC_BATCH_DONE) << 2) | EV_MISC);
  }

  /** When `dur` minutes of person `p`'s work for role `r` started now end; counts the work. */
  private workEnd(p: number, r: number, dur: number): number {
    const rep = this.rep;
    const now = rep.now;
    if (this.inWindow()) {
      rep.st.work[r] += dur;
      this.personWork[p] += dur;
    }
    const cal = rep.model.persons[p]!.calendar;
    return cal && this.pause ? cal.addWorkingTime(now, dur) : now + dur;
  }

  /** Whether work starting now counts in the measurement window. */
  private inWindow(): boolean {
    const tw = this.rep.tw;
    return this.rep.now >= tw.windowStart && this.rep.now < tw.windowEnd;
  }

  /** A draw of person `p`'s duration of step `s`: its own, else the step's, over its speed. */
  private personDuration(p: number, s: number): number {
    const sampler = this.own[p]!.get(s) ?? this.durations[s];
    return (sampler ? sampler.sample() : 0) / this.rep.model.persons[p]!.speed;
  }

  /** The queue order of `entry` (a token or ~batch) in role `r` (SIM-QUEUE-1). */
  private queueKey(entry: number, r: number): number {
    const d = this.rep.model.roles[r]!.discipline;
    if (d === K.DISCIPLINE_FIFO) return 0;
    const tokens = entry >= 0 ? [entry] : this.gate!.tokens[~entry]!;
    const st = this.rep.st;
    let key = Infinity;
    for (const tok of tokens) {
      const c = st.tCase[tok]!;
      const k =
        d === K.DISCIPLINE_PRIORITY
          ? -st.cPriority[c]!
          : Math.min(
              st.cArrive[c]! + this.rep.scenario.sla,
              st.tReady[tok]! + this.rep.model.sla[st.tStep[tok]!]!,
            );
      if (k < key) key = k;
    }
    return key;
  }
}
