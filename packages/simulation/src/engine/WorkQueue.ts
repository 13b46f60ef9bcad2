/**
 * The waiting work of one role that is not on the fast path: a binary min-heap over typed
 * arrays ordered by (key, ready time, sequence). The key is 0 for FIFO, minus the case
 * priority for `priority`, the due date for `dueDate` (SPEC.md SIM-QUEUE-1). Entries are
 * integers: a token, or `~batch` for a batch of cases.
 */
export class WorkQueue {
  private entries = new Int32Array(16);
  private keys = new Float64Array(16);
  private readies = new Float64Array(16);
  private seqs = new Float64Array(16);
  size = 0;

  /** Adds `entry` ready at `ready` with `key`; `seq` breaks ties (global, increasing). */
  push(entry: number, key: number, ready: number, seq: number): void {
    if (this.size === this.entries.length) this.grow();
    this.entries[this.size] = entry;
    this.keys[this.size] = key;
    this.readies[this.size] = ready;
    this.seqs[this.size] = seq;
    this.up(this.size++);
  }

  /** The first entry, and its key, ready time and sequence (only when `size > 0`). */
  get head(): number {
    return this.entries[0]!;
  }
  get headKey(): number {
    return this.keys[0]!;
  }
  get headReady(): number {
    return this.readies[0]!;
  }
  get headSeq(): number {
    return this.seqs[0]!;
  }

  /** Removes and returns the first entry. */
  pop(): number {
    const top = this.entries[0]!;
    this.removeAt(0);
    return top;
  }

  /** Removes `entry` if it waits here; true when it did. Linear: for cancelled cases only. */
  remove(entry: number): boolean {
    for (let i = 0; i < this.size; i++) {
      if (this.entries[i] === entry) {
        this.removeAt(i);
        return true;
      }
    }
    return false;
  }

  private removeAt(i: number): void {
    const last = --this.size;
    if (i === last) return;
    this.move(last, i);
    this.down(i);
    this.up(i);
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    if (ka !== kb) return ka < kb;
    const ra = this.readies[a]!;
    const rb = this.readies[b]!;
    if (ra !== rb) return ra < rb;
    return this.seqs[a]! < this.seqs[b]!;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) return;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      const r = l + 1;
      const c = r < this.size && this.less(r, l) ? r : l;
      if (!this.less(c, i)) return;
      this.swap(i, c);
      i = c;
    }
  }

  private move(from: number, to: number): void {
    this.entries[to] = this.entries[from]!;
    this.keys[to] = this.keys[from]!;
    this.readies[to] = this.readies[from]!;
    this.seqs[to] = this.seqs[from]!;
  }

  private swap(a: number, b: number): void {
    const e = this.entries[a]!;
    const k = this.keys[a]!;
    const r = this.readies[a]!;
    const q = this.seqs[a]!;
    this.move(b, a);
    this.entries[b] = e;
    this.keys[b] = k;
    this.readies[b] = r;
    this.seqs[b] = q;
  }

  private grow(): void {
    const n = this.entries.length * 2;
    const e = new Int32Array(n);
    e.set(this.entries);
    const k = new Float64Array(n);
    k.set(this.keys);
    const r = new Float64Array(n);
    r.set(this.readies);
    const q = new Float64Array(n);
    q.set(this.seqs);
    this.entries = e;
    this.keys = k;
    this.readies = r;
    this.seqs = q;
  }
}
