import type { CompiledModel } from './CompiledModel';

/** `BatchGate.person` of a batch still waiting for its person. */
export const QUEUED = -2;

/** What {@link BatchGate} asks of the replication that owns it. */
export interface BatchHost {
  readonly now: number;
  /** Calls {@link BatchGate.timer} of `gate` at `t` (`schedule`: an opening, else the window). */
  timerAt(gate: number, schedule: boolean, t: number): void;
  /** Batch `b` was formed at its step: queue it for the step's role (or start it). */
  formed(b: number): void;
}

/**
 * Batch work (SPEC.md SIM-BATCH-1): cases gather at a batched step until the batch fires —
 * `size` cases wait, the first has waited `window`, or the `schedule` calendar opens — then
 * the gathered cases (at most `size`, first come first) become one piece of work, a batch,
 * worked by one member. Batches are numbered and their slots recycled.
 */
export class BatchGate {
  /** Per step: its gate, or -1. */
  readonly gateOf: Int32Array;
  private readonly stepOf: number[] = [];
  private readonly waiting: number[][] = [];
  private readonly windowDue: number[] = [];
  private readonly scheduleDue: number[] = [];
  /** Per batch: its step and cases (tokens); `cancelled` once its last case was terminated. */
  readonly step: number[] = [];
  readonly tokens: number[][] = [];
  readonly cancelled: boolean[] = [];
  /** Per batch in work: when it started, its duration, the person (-1 none) and role (-1 none). */
  readonly start: number[] = [];
  readonly duration: number[] = [];
  readonly person: number[] = [];
  readonly role: number[] = [];
  private readonly free: number[] = [];

  constructor(
    private readonly model: CompiledModel,
    private readonly host: BatchHost,
  ) {
    this.gateOf = new Int32Array(model.stepIds.length).fill(-1);
    model.batch.forEach((b, s) => {
      if (!b) return;
      this.gateOf[s] = this.stepOf.length;
      this.stepOf.push(s);
      this.waiting.push([]);
      this.windowDue.push(NaN);
      this.scheduleDue.push(NaN);
    });
  }

  /** Token `tok` reaches batched step `s` and waits for its batch. */
  add(tok: number, s: number): void {
    const g = this.gateOf[s]!;
    const list = this.waiting[g]!;
    list.push(tok);
    if (list.length >= this.model.batch[s]!.size) this.fire(g);
    else if (list.length === 1) this.arm(g, this.host.now, false);
  }

  /** A window or schedule timer of gate `g` went off (stale ones are ignored). */
  timer(g: number, schedule: boolean): void {
    const now = this.host.now;
    const due = schedule ? this.scheduleDue[g]! : this.windowDue[g]!;
    if (due !== now || this.waiting[g]!.length === 0) return;
    this.fire(g);
  }

  /** Removes waiting token `tok` of step `s` (a terminated case); true when it waited here. */
  drop(tok: number, s: number): boolean {
    const g = this.gateOf[s]!;
    const list = this.waiting[g]!;
    const i = list.indexOf(tok);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }

  /** Removes `tok` from batch `b`; true when the batch is left empty. */
  leave(b: number, tok: number): boolean {
    const list = this.tokens[b]!;
    const i = list.indexOf(tok);
    if (i >= 0) list.splice(i, 1);
    return list.length === 0;
  }

  /** Batch `b` is done with: its slot is reused. */
  recycle(b: number): void {
    this.tokens[b] = [];
    this.free.push(b);
  }

  private fire(g: number): void {
    const s = this.stepOf[g]!;
    const list = this.waiting[g]!;
    const n = Math.min(list.length, this.model.batch[s]!.size);
    const b = this.free.length > 0 ? this.free.pop()! : this.step.length;
    this.step[b] = s;
    this.tokens[b] = list.splice(0, n);
    this.cancelled[b] = false;
    this.person[b] = QUEUED;
    this.windowDue[g] = NaN;
    this.scheduleDue[g] = NaN;
    if (list.length > 0) this.arm(g, this.readyOf(list[0]!), true);
    this.host.formed(b);
    if (list.length >= this.model.batch[s]!.size) this.fire(g);
  }

  /**
   * Sets the timers of gate `g` whose first waiting case arrived at `since`; `fired`: the gate
   * fired just now, so its schedule waits for the next opening after this instant.
   */
  private arm(g: number, since: number, fired: boolean): void {
    const rule = this.model.batch[this.stepOf[g]!]!;
    const now = this.host.now;
    if (rule.window !== Infinity) {
      const t = Math.max(now, since + rule.window);
      this.windowDue[g] = t;
      this.host.timerAt(g, false, t);
    }
    if (rule.schedule) {
      const t = fired ? rule.schedule.nextOpeningAfter(now) : rule.schedule.nextOpening(now);
      this.scheduleDue[g] = t;
      if (t !== Infinity) this.host.timerAt(g, true, t);
    }
  }

  /** Ready time of a waiting token: set by the host before {@link add}. */
  readyOf: (tok: number) => number = () => this.host.now;
}
