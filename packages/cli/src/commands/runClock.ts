/**
 * The clock of a case run at the terminal (an XState `Clock` that tells time): time moves only when
 * told, and each timer due meanwhile fires at its own time — so the trail stamps a time limit that
 * passed half-way through a fast-forwarded wait with that moment, not the end of the wait (XState's
 * SimulatedClock fires them all at the end).
 */
export class RunClock {
  private time: number;
  private lastId = 0;
  private readonly timeouts = new Map<number, { at: number; fn: () => void }>();

  /** A clock that starts at `start` (ms since the epoch). */
  constructor(start: number) {
    this.time = start;
  }

  /** The case's time now, in ms since the epoch. */
  now(): number {
    return this.time;
  }

  /** XState's Clock: runs `fn` once the clock has moved `timeout` ms on. */
  setTimeout(fn: () => void, timeout: number): number {
    this.timeouts.set(++this.lastId, { at: this.time + timeout, fn });
    return this.lastId;
  }

  /** XState's Clock: forgets the timer `id`. */
  clearTimeout(id: number): void {
    this.timeouts.delete(id);
  }

  /** Moves time on by `ms`, firing every timer due meanwhile at its own time, earliest (then first set) first. */
  increment(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timeouts)
        if (entry[1].at <= target && (next === undefined || entry[1].at < next[1].at)) next = entry;
      if (next === undefined) break;
      this.timeouts.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].fn();
    }
    this.time = target;
  }
}

/** What running a case needs of its clock: to move time on. */
export interface CaseClock {
  increment(ms: number): void;
}
