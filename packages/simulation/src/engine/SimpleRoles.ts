import type { WorkCalendar } from '../calendar/WorkCalendar';
import { EventQueue } from '../kernel/EventQueue';
import { RandomStream } from '../random/RandomStream';
import { Sampler } from '../random/Sampler';
import { streamSeed } from '../random/streamSeed';
import type { ResolvedScenario } from '../scenario/Scenario';
import { TimeWeighted } from '../stats/TimeWeighted';
import type { CompiledModel } from './CompiledModel';
import { EV_DONE, EV_OPEN, P_DONE, P_OPEN } from './events';
import { initialBinWidth } from './initialBinWidth';
import { ReplicationState, W_SERVICE } from './ReplicationState';

/**
 * The kernel of a replication and its fast path (SPEC.md SIM-SEM-2): the clock, the event
 * queue, the state, the time-weighted statistics, and the roles whose members are anonymous
 * and share the role's calendar, served first come first served from a ring — the M/M/c case
 * the benchmark measures. {@link Replication} extends it; roles off the fast path go through
 * its `Workplace`. Kept in the replication object itself: the hot path makes no extra hop.
 */
export class SimpleRoles {
  readonly queue = new EventQueue(1024);
  now = 0;
  readonly st: ReplicationState;
  readonly tw: TimeWeighted;
  /** Per step: its duration sampler (stream `duration:<stepId>`), or null. */
  readonly durations: Array<Sampler | null>;
  /** Per role: 1 on the fast path. */
  readonly simple: Uint8Array;
  protected readonly pause: boolean;
  private readonly calendars: Array<WorkCalendar | null>;

  constructor(
    readonly model: CompiledModel,
    readonly scenario: ResolvedScenario,
    readonly index: number,
    hasData: boolean,
    totalArrivals: number,
  ) {
    this.st = new ReplicationState(model, hasData);
    this.tw = new TimeWeighted(
      1 + 2 * model.roles.length,
      scenario.bins,
      initialBinWidth(model, scenario, totalArrivals),
    );
    if (Number.isFinite(scenario.horizon)) this.tw.windowEnd = scenario.horizon;
    this.durations = model.duration.map((d, s) =>
      d
        ? new Sampler(
            d,
            new RandomStream(streamSeed(scenario.seed, index, `duration:${model.stepIds[s]}`)),
            model.durationScale[s],
          )
        : null,
    );
    this.simple = Uint8Array.from(model.roles, (r) => (r.simple ? 1 : 0));
    this.pause = scenario.calendarMode === 'pause';
    this.calendars = model.roles.map((r) => r.calendar);
  }

  /** Token `tok` at a task of simple role `r` takes a free member, or queues. */
  protected request(tok: number, r: number): void {
    const st = this.st;
    const cal = this.calendars[r];
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

  /** A member of simple role `r` is free: it takes the head of the queue, or goes idle. */
  protected release(r: number): void {
    const st = this.st;
    const cal = this.calendars[r];
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

  /** Simple role `r`'s calendar opened: free members take waiting work. */
  protected open(r: number): void {
    const st = this.st;
    st.openPending[r] = 0;
    const cal = this.calendars[r];
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

  private ensureOpen(r: number): void {
    if (this.st.openPending[r]) return;
    const cal = this.calendars[r];
    if (!cal) return;
    this.st.openPending[r] = 1;
    this.queue.push(cal.nextOpen(this.now), P_OPEN, (r << 2) | EV_OPEN);
  }

  /** Starts the work of token `tok` (simple role `r`, or -1 for work without a role) now. */
  startService(tok: number, r: number): void {
    const st = this.st;
    const s = st.tStep[tok]!;
    const sampler = this.durations[s];
    const dur = sampler ? sampler.sample() : 0;
    const now = this.now;
    st.tStart[tok] = now;
    st.tDur[tok] = dur;
    if (r < 0) st.tWhere[tok] = W_SERVICE; // simple roles never meet a terminate end
    let end = now + dur;
    if (r >= 0) {
      const cal = this.calendars[r];
      if (cal && this.pause) end = cal.addWorkingTime(now, dur);
      if (now >= this.tw.windowStart && now < this.tw.windowEnd) st.work[r] += dur;
    }
    this.queue.push(end, P_DONE, (tok << 2) | EV_DONE);
  }
}
