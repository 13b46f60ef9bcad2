import type { CompiledModel } from './CompiledModel';
import { WorkQueue } from './WorkQueue';

/** What {@link Dispatch} asks of the replication that owns it. */
export interface DispatchHost {
  readonly now: number;
  /** Person `p` starts work `entry` (a token, or `~batch`) of role `r` now. */
  begin(entry: number, r: number, p: number): void;
  /** Person `p`'s calendar opens at `t`: call {@link Dispatch.open} then. */
  wakeAt(p: number, t: number): void;
  /** Statistics: the queue of role `r` changed by `delta`. */
  queued(r: number, delta: number): void;
}

/**
 * Person-by-person dispatch for the roles that are not on the fast path (SPEC.md SIM-RES-1,
 * SIM-QUEUE-1): each person works within its own calendar; new work goes to the free, open
 * person of the role idle longest (ties: list order), else waits in the role's queue; a person
 * who becomes free takes, among the heads of the queues of all its roles, the first by the
 * roles' discipline (heads of roles with different disciplines compare by ready time; then by
 * when they joined the queue). Non-preemptive.
 */
export class Dispatch {
  readonly busy: Uint8Array;
  readonly idleSince: Float64Array;
  private readonly openPending: Uint8Array;
  readonly queues: Array<WorkQueue | null>;
  private seq = 0;

  constructor(
    private readonly model: CompiledModel,
    private readonly host: DispatchHost,
  ) {
    const n = model.persons.length;
    this.busy = new Uint8Array(n);
    this.idleSince = new Float64Array(n);
    this.openPending = new Uint8Array(n);
    this.queues = model.roles.map((r) => (r.simple ? null : new WorkQueue()));
  }

  /** Work `entry` of role `r`, ready at `ready` with queue `key`, asks for a person. */
  request(entry: number, r: number, key: number, ready: number): void {
    const now = this.host.now;
    const members = this.model.roles[r]!.members;
    let best = -1;
    for (let i = 0; i < members.length; i++) {
      const p = members[i]!;
      if (this.busy[p] || !this.isOpen(p, now)) continue;
      if (best < 0 || this.idleSince[p]! < this.idleSince[best]!) best = p;
    }
    if (best >= 0) {
      this.busy[best] = 1;
      this.host.begin(entry, r, best);
      return;
    }
    this.queues[r]!.push(entry, key, ready, this.seq++);
    this.host.queued(r, 1);
    for (let i = 0; i < members.length; i++) {
      const p = members[i]!;
      if (!this.busy[p]) this.wake(p, now);
    }
  }

  /** Person `p` finished (or dropped) its work: it takes the next piece, or goes idle. */
  release(p: number): void {
    this.busy[p] = 0;
    this.next(p);
  }

  /** Person `p`'s calendar opened. */
  open(p: number): void {
    this.openPending[p] = 0;
    if (!this.busy[p]) this.next(p);
  }

  /** Removes waiting `entry` from role `r`'s queue (a cancelled case); true when it was there. */
  drop(entry: number, r: number): boolean {
    const removed = this.queues[r]!.remove(entry);
    if (removed) this.host.queued(r, -1);
    return removed;
  }

  private next(p: number): void {
    const now = this.host.now;
    const person = this.model.persons[p]!;
    let bestRole = -1;
    for (const r of person.roles) {
      const q = this.queues[r]!;
      if (q.size === 0) continue;
      if (bestRole < 0 || this.before(r, bestRole)) bestRole = r;
    }
    if (bestRole < 0) {
      this.idleSince[p] = now;
      return;
    }
    if (!this.isOpen(p, now)) {
      this.idleSince[p] = now;
      this.wake(p, now);
      return;
    }
    const entry = this.queues[bestRole]!.pop();
    this.host.queued(bestRole, -1);
    this.busy[p] = 1;
    this.host.begin(entry, bestRole, p);
  }

  /** Whether the head of role `a`'s queue comes before the head of role `b`'s. */
  private before(a: number, b: number): boolean {
    const qa = this.queues[a]!;
    const qb = this.queues[b]!;
    if (this.model.roles[a]!.discipline === this.model.roles[b]!.discipline) {
      if (qa.headKey !== qb.headKey) return qa.headKey < qb.headKey;
    }
    if (qa.headReady !== qb.headReady) return qa.headReady < qb.headReady;
    return qa.headSeq < qb.headSeq;
  }

  private isOpen(p: number, t: number): boolean {
    const cal = this.model.persons[p]!.calendar;
    return !cal || cal.isOpen(t);
  }

  private wake(p: number, now: number): void {
    const cal = this.model.persons[p]!.calendar;
    if (!cal || this.openPending[p] || cal.isOpen(now)) return;
    this.openPending[p] = 1;
    this.host.wakeAt(p, cal.nextOpen(now));
  }
}
