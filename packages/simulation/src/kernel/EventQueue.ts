/**
 * The simulation's future-event list: a binary min-heap over typed arrays, ordered by
 * (time, priority, sequence).
 *
 * Life cycle: the engine `push`es events (a time, a small priority and an integer payload that
 * says what happens), then repeatedly `pop`s the earliest, reading `time` and `payload`. Equal
 * times are broken by priority (lower first), then by the order of pushing (sequence), so a
 * seed reproduces a run exactly. Events are plain numbers — no objects or closures are
 * allocated per event; the arrays double when full.
 */
export class EventQueue {
  /** Time of the event last popped. */
  time = 0;
  /** Payload of the event last popped. */
  payload = 0;
  private times: Float64Array;
  /** priority × 2^45 + sequence: one comparison breaks both ties. */
  private orders: Float64Array;
  private payloads: Int32Array;
  private count = 0;
  private sequence = 0;

  constructor(initialCapacity = 1024) {
    const cap = Math.max(2, initialCapacity);
    this.times = new Float64Array(cap);
    this.orders = new Float64Array(cap);
    this.payloads = new Int32Array(cap);
  }

  /** Number of pending events. */
  get size(): number {
    return this.count;
  }

  /** Schedules `payload` at `time` with `priority` (an integer 0..255, lower runs first). */
  push(time: number, priority: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const order = priority * 35184372088832 + this.sequence++;
    const times = this.times;
    const orders = this.orders;
    const payloads = this.payloads;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p]!;
      if (tp < time || (tp === time && orders[p]! < order)) break;
      times[i] = tp;
      orders[i] = orders[p]!;
      payloads[i] = payloads[p]!;
      i = p;
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  /** Removes the earliest event into `time` and `payload`; returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const orders = this.orders;
    const payloads = this.payloads;
    this.time = times[0]!;
    this.payload = payloads[0]!;
    const n = --this.count;
    const t = times[n]!;
    const o = orders[n]!;
    const v = payloads[n]!;
    let i = 0;
    for (;;) {
      let l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      if (r < n && (times[r]! < times[l]! || (times[r] === times[l] && orders[r]! < orders[l]!)))
        l = r;
      const tl = times[l]!;
      if (tl > t || (tl === t && orders[l]! > o)) break;
      times[i] = tl;
      orders[i] = orders[l]!;
      payloads[i] = payloads[l]!;
      i = l;
    }
    times[i] = t;
    orders[i] = o;
    payloads[i] = v;
    return true;
  }

  /** Time of the earliest pending event, or Infinity. */
  peekTime(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  private grow(): void {
    const cap = this.times.length * 2;
    const times = new Float64Array(cap);
    times.set(this.times);
    const orders = new Float64Array(cap);
    orders.set(this.orders);
    const payloads = new Int32Array(cap);
    payloads.set(this.payloads);
    this.times = times;
    this.orders = orders;
    this.payloads = payloads;
  }
}
