import type { ConditionValue } from '@flowsmith/model';
import type { TraceEntry } from '../results';
import type { CompiledModel } from './CompiledModel';
import * as K from './stepKinds';

type Typed = Float64Array | Int32Array | Uint8Array;

/** Where a token is (tracked for terminate ends, SPEC.md SIM-SEM-8). */
export const W_FREE = 0;
export const W_MOVING = 1;
export const W_QUEUED = 2;
export const W_SERVICE = 3;
export const W_GATE = 4;
export const W_BATCH = 5;
/** Cancelled while its completion was pending: the slot is reused once that event pops. */
export const W_CANCELLED = 6;

function grown<T extends Typed>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * The mutable state of a replication in typed arrays: cases (by recycled slot), tokens, role
 * queues (FIFO rings) and the running sums of the statistics. Owned by one `Replication`.
 */
export class ReplicationState {
  // cases
  cArrive = new Float64Array(256);
  cNumber = new Float64Array(256);
  cTokens = new Int32Array(256);
  cWait = new Float64Array(256);
  cWork = new Float64Array(256);
  cCost = new Float64Array(256);
  cBreach = new Uint8Array(256);
  cMeasured = new Uint8Array(256);
  cPriority = new Float64Array(256);
  joins: Int32Array;
  /** Per case and or-join slot: branches its split started, and branches arrived. */
  orExpected: Int32Array;
  orArrived: Int32Array;
  subs: Int32Array;
  data: Array<Record<string, ConditionValue> | undefined> = [];
  trace: Array<TraceEntry[] | undefined> = [];
  private freeCases = new Int32Array(256);
  private freeCaseCount = 0;
  private caseSlots = 0;
  // tokens
  tCase = new Int32Array(256);
  tStep = new Int32Array(256);
  tReady = new Float64Array(256);
  tStart = new Float64Array(256);
  tDur = new Float64Array(256);
  /** The person serving the token (roles off the fast path), or the batch (~b) it is in. */
  tPerson = new Int32Array(256);
  tWhere = new Uint8Array(256);
  /** 1 when the token's work (off the fast path) was counted in the window's busy time. */
  tCounted = new Uint8Array(256);
  private freeTokens = new Int32Array(256);
  private freeTokenCount = 0;
  private tokenSlots = 0;
  // roles
  readonly capacity: Int32Array;
  readonly busy: Int32Array;
  readonly openPending: Uint8Array;
  readonly work: Float64Array;
  private readonly rings: Int32Array[];
  private readonly heads: Int32Array;
  private readonly lengths: Int32Array;
  // statistics
  arrived = 0;
  completed = 0;
  completedInWindow = 0;
  stuckTokens = 0;
  cycles = new Float64Array(1024);
  measured = 0;
  sumWait = 0;
  sumWork = 0;
  sumCost = 0;
  breaches = 0;
  readonly stepCount: Float64Array;
  readonly stepWait: Float64Array;
  readonly stepService: Float64Array;
  readonly stepBreach: Float64Array;

  /**
   * Whether `tWhere` follows every token (a terminate end needs to find a case's tokens);
   * otherwise only work off the fast path sets it. Saves a store per token on the fast path.
   */
  private readonly tracking: boolean;

  constructor(
    private readonly model: CompiledModel,
    readonly hasData: boolean,
  ) {
    this.tracking = model.hasTerminate;
    const roles = model.roles.length;
    this.capacity = Int32Array.from(model.roles.map((r) => r.capacity));
    this.busy = new Int32Array(roles);
    this.openPending = new Uint8Array(roles);
    this.work = new Float64Array(roles);
    this.rings = model.roles.map(() => new Int32Array(64));
    this.heads = new Int32Array(roles);
    this.lengths = new Int32Array(roles);
    this.joins = new Int32Array(256 * model.joinSlots);
    this.subs = new Int32Array(256 * model.subCount);
    this.orExpected = new Int32Array(256 * model.orSlots);
    this.orArrived = new Int32Array(256 * model.orSlots);
    const n = model.stepIds.length;
    this.stepCount = new Float64Array(n);
    this.stepWait = new Float64Array(n);
    this.stepService = new Float64Array(n);
    this.stepBreach = new Float64Array(n);
  }

  /** A new case slot for case `number`, arrived at `now`. */
  newCase(number: number, now: number, measured: boolean): number {
    let c: number;
    if (this.freeCaseCount > 0) c = this.freeCases[--this.freeCaseCount]!;
    else {
      c = this.caseSlots++;
      if (c === this.cArrive.length) this.growCases(c * 2);
    }
    this.cArrive[c] = now;
    this.cNumber[c] = number;
    this.cTokens[c] = 0;
    this.cWait[c] = 0;
    this.cWork[c] = 0;
    this.cCost[c] = 0;
    this.cBreach[c] = 0;
    this.cMeasured[c] = measured ? 1 : 0;
    // A case that ended with a surplus token at a join (a modelling error) must not leak it.
    const j = this.model.joinSlots;
    if (j > 0) this.joins.fill(0, c * j, c * j + j);
    const k = this.model.subCount;
    if (k > 0) this.subs.fill(0, c * k, c * k + k);
    if (this.model.orSlots > 0) this.resetOr(c);
    return c;
  }

  private resetOr(c: number): void {
    const o = this.model.orSlots;
    this.orExpected.fill(0, c * o, c * o + o);
    this.orArrived.fill(0, c * o, c * o + o);
  }

  /** A new token of case `c` at step `s`. */
  newToken(c: number, s: number): number {
    let t: number;
    if (this.freeTokenCount > 0) t = this.freeTokens[--this.freeTokenCount]!;
    else {
      t = this.tokenSlots++;
      if (t === this.tCase.length) this.growTokens(t * 2);
    }
    this.tCase[t] = c;
    this.tStep[t] = s;
    if (this.tracking) this.tWhere[t] = W_MOVING;
    this.cTokens[c]!++;
    return t;
  }

  /** A parallel branch: a copy of token `tok` made at step `s` (inside `s`'s subprocess, if any). */
  cloneToken(tok: number, s: number): number {
    const c = this.tCase[tok]!;
    const o = this.model.owner[s]!;
    if (o >= 0) this.subs[c * this.model.subCount + this.model.subIndex[o]!]!++;
    return this.newToken(c, s);
  }

  /** Consumes token `tok`. */
  freeToken(tok: number): void {
    this.cTokens[this.tCase[tok]!]!--;
    if (this.tracking) this.tWhere[tok] = W_FREE;
    if (this.freeTokenCount === this.freeTokens.length)
      this.freeTokens = grown(this.freeTokens, this.freeTokenCount * 2);
    this.freeTokens[this.freeTokenCount++] = tok;
  }

  /** Takes token `tok` from its case now, keeping its slot until its pending event pops. */
  detachToken(tok: number): void {
    this.cTokens[this.tCase[tok]!]!--;
    this.tWhere[tok] = W_CANCELLED;
  }

  /** Returns the slot of a consumed or detached token. */
  recycleToken(tok: number): void {
    this.tWhere[tok] = W_FREE;
    if (this.freeTokenCount === this.freeTokens.length)
      this.freeTokens = grown(this.freeTokens, this.freeTokenCount * 2);
    this.freeTokens[this.freeTokenCount++] = tok;
  }

  /** Token `tok` reaches and-join `t` by `flow`: true when the join fires (and `tok` goes on). */
  join(tok: number, t: number, flow: number): boolean {
    const m = this.model;
    const c = this.tCase[tok]!;
    const base = c * m.joinSlots + m.joinBase[t]!;
    this.joins[base + m.flowSlot[flow]!]!++;
    const k = m.inCount[t]!;
    for (let i = 0; i < k; i++) {
      if (this.joins[base + i]! === 0) {
        const o = m.owner[t]!;
        if (o >= 0) this.subs[c * m.subCount + m.subIndex[o]!]!--;
        // Absorbed here: one token fewer for the or joins whose region holds this join.
        if (m.orSlots > 0) this.orRegionAdd(c, t, -1);
        this.freeToken(tok);
        return false;
      }
    }
    for (let i = 0; i < k; i++) this.joins[base + i]!--;
    return true;
  }

  /**
   * Token `tok` reaches or-join `t` (slot `slot`): true when it is the last branch its split
   * started (the join fires and `tok` goes on); otherwise the token is consumed.
   */
  orJoin(tok: number, t: number, slot: number): boolean {
    const c = this.tCase[tok]!;
    const i = c * this.model.orSlots + slot;
    if (++this.orArrived[i]! >= this.orExpected[i]!) {
      this.orArrived[i] = 0;
      this.orExpected[i] = 0;
      return true;
    }
    const o = this.model.owner[t]!;
    if (o >= 0) this.subs[c * this.model.subCount + this.model.subIndex[o]!]!--;
    this.orRegionAdd(c, t, -1); // absorbed here: one fewer for enclosing or joins
    this.freeToken(tok);
    return false;
  }

  /**
   * Case `c`'s token count in the or regions step `s` lies in changes by `delta`: a parallel
   * split there adds branches its or join must wait for, a join there that absorbs one removes
   * one (SPEC.md SIM-SEM-7).
   */
  orRegionAdd(c: number, s: number, delta: number): void {
    const m = this.model;
    for (let i = m.orRegionStart[s]!; i < m.orRegionStart[s + 1]!; i++)
      this.orExpected[c * m.orSlots + m.orRegionSlots[i]!]! += delta;
  }

  /** All live tokens of case `c` (a linear scan: for terminate ends only). */
  tokensOf(c: number): number[] {
    const out: number[] = [];
    for (let t = 0; t < this.tokenSlots; t++) {
      const w = this.tWhere[t]!;
      if (this.tCase[t] === c && w !== W_FREE && w !== W_CANCELLED) out.push(t);
    }
    return out;
  }

  /** Token `tok` enters subprocess step `s`. */
  enterSub(tok: number, s: number): void {
    this.subs[this.tCase[tok]! * this.model.subCount + this.model.subIndex[s]!]!++;
  }

  /** Token `tok` reaches an end of subprocess `o`'s child: true when it was the last one inside. */
  leaveSub(tok: number, o: number): boolean {
    const i = this.tCase[tok]! * this.model.subCount + this.model.subIndex[o]!;
    if (--this.subs[i]! > 0) {
      this.freeToken(tok);
      return false;
    }
    return true;
  }

  /**
   * Adds one task or timer execution to its case and, for measured cases, to its step. A timer's
   * duration is waiting for the case (nobody works), its step's "service".
   */
  recordExecution(
    c: number,
    s: number,
    wait: number,
    service: number,
    costPerHour: number,
    breach: boolean,
  ): void {
    if (this.model.kind[s] === K.TIMER) this.cWait[c]! += wait + service;
    else {
      this.cWait[c]! += wait;
      this.cWork[c]! += service;
    }
    this.cCost[c]! += (service * costPerHour) / 60;
    if (breach) this.cBreach[c] = 1;
    if (this.cMeasured[c]) {
      this.stepCount[s]!++;
      this.stepWait[s]! += wait;
      this.stepService[s]! += service;
      if (breach) this.stepBreach[s]!++;
    }
  }

  /** Case `c` finished at `now`: its statistics are kept and its slot recycled. */
  completeCase(c: number, now: number, sla: number, inWindow: boolean): void {
    this.completed++;
    if (inWindow) this.completedInWindow++;
    if (this.cMeasured[c]) {
      const cycle = now - this.cArrive[c]!;
      if (this.measured === this.cycles.length) this.cycles = grown(this.cycles, this.measured * 2);
      this.cycles[this.measured++] = cycle;
      this.sumWait += this.cWait[c]!;
      this.sumWork += this.cWork[c]!;
      this.sumCost += this.cCost[c]!;
      if (this.cBreach[c] || cycle > sla) this.breaches++;
    }
    if (this.hasData) this.data[c] = undefined;
    this.trace[c] = undefined;
    if (this.freeCaseCount === this.freeCases.length)
      this.freeCases = grown(this.freeCases, this.freeCaseCount * 2);
    this.freeCases[this.freeCaseCount++] = c;
  }

  /** Tasks waiting for role `r`. */
  queueLength(r: number): number {
    return this.lengths[r]!;
  }

  enqueue(r: number, tok: number): void {
    let ring = this.rings[r]!;
    const n = this.lengths[r]!;
    if (n === ring.length) {
      const bigger = new Int32Array(n * 2);
      for (let i = 0; i < n; i++) bigger[i] = ring[(this.heads[r]! + i) & (n - 1)]!;
      this.rings[r] = ring = bigger;
      this.heads[r] = 0;
    }
    ring[(this.heads[r]! + n) & (ring.length - 1)] = tok;
    this.lengths[r] = n + 1;
  }

  dequeue(r: number): number {
    const ring = this.rings[r]!;
    const h = this.heads[r]!;
    this.heads[r] = (h + 1) & (ring.length - 1);
    this.lengths[r]!--;
    return ring[h]!;
  }

  private growCases(size: number): void {
    this.cArrive = grown(this.cArrive, size);
    this.cNumber = grown(this.cNumber, size);
    this.cTokens = grown(this.cTokens, size);
    this.cWait = grown(this.cWait, size);
    this.cWork = grown(this.cWork, size);
    this.cCost = grown(this.cCost, size);
    this.cBreach = grown(this.cBreach, size);
    this.cMeasured = grown(this.cMeasured, size);
    this.cPriority = grown(this.cPriority, size);
    this.orExpected = grown(this.orExpected, size * this.model.orSlots);
    this.orArrived = grown(this.orArrived, size * this.model.orSlots);
    this.joins = grown(this.joins, size * this.model.joinSlots);
    this.subs = grown(this.subs, size * this.model.subCount);
  }

  private growTokens(size: number): void {
    this.tCase = grown(this.tCase, size);
    this.tStep = grown(this.tStep, size);
    this.tReady = grown(this.tReady, size);
    this.tStart = grown(this.tStart, size);
    this.tDur = grown(this.tDur, size);
    this.tPerson = grown(this.tPerson, size);
    this.tWhere = grown(this.tWhere, size);
    this.tCounted = grown(this.tCounted, size);
  }
}
