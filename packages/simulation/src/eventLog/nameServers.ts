import type { LogEntry } from '../results';

/** A role whose members are anonymous and unnumbered in the engine (the fast path). */
export interface AnonymousRole {
  id: string;
  capacity: number;
}

/**
 * The label of the `k`-th (1-based) capacity unit of role `roleId` in the event log: `clerk 3`
 * (SPEC.md SIM-LOG-4). Pure.
 */
export function serverLabel(roleId: string, k: number): string {
  return `${roleId} ${k}`;
}

/**
 * Names who served each execution of the `roles` (anonymous roles of the fast path, which keep no
 * unit identity) in `entries`, in place: per role, the executions in order of start (ties: the
 * shorter first, then log order) each take the free unit idle longest (ties: the lowest number),
 * as the engine assigns named members; a unit is held from start to end (work paused over closed
 * hours included) and free again at its end. Units are `serverLabel(role, 1…capacity)`, all idle
 * from time 0, so a role that never fills its capacity still shows every unit at work in turn.
 * Entries that already have a person, or of other roles, are left alone. Throws when more
 * executions overlap than the capacity allows (the engine never does that). Returns `entries`.
 */
export function nameServers(entries: LogEntry[], roles: readonly AnonymousRole[]): LogEntry[] {
  const byRole = new Map<string, number[]>();
  for (const r of roles) byRole.set(r.id, []);
  entries.forEach((e, i) => {
    if (e.person === undefined) byRole.get(e.role)?.push(i);
  });
  for (const r of roles) {
    const list = byRole.get(r.id)!;
    if (list.length === 0) continue;
    list.sort(
      (a, b) => entries[a]!.start - entries[b]!.start || entries[a]!.end - entries[b]!.end || a - b,
    );
    // Free units by (idle since, number); busy units by (end, number).
    const free = new Heap();
    const busy = new Heap();
    for (let k = 0; k < r.capacity; k++) free.push(0, k);
    for (const i of list) {
      const e = entries[i]!;
      while (busy.size > 0 && busy.topKey() <= e.start) {
        const end = busy.topKey();
        free.push(end, busy.pop());
      }
      if (free.size === 0)
        throw new Error(`role ${r.id}: more work at ${e.start} than its capacity ${r.capacity}`);
      const k = free.pop();
      e.person = serverLabel(r.id, k + 1);
      busy.push(e.end, k);
    }
  }
  return entries;
}

/** A binary min-heap of units (numbers) by key, ties by the smaller unit. */
class Heap {
  private keys: number[] = [];
  private units: number[] = [];

  get size(): number {
    return this.units.length;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, unit: number): void {
    let i = this.units.length;
    this.keys.push(key);
    this.units.push(unit);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest and returns its unit. */
  pop(): number {
    const top = this.units[0]!;
    const lastKey = this.keys.pop()!;
    const lastUnit = this.units.pop()!;
    if (this.units.length > 0) {
      this.keys[0] = lastKey;
      this.units[0] = lastUnit;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const rr = l + 1;
        let m = i;
        if (l < this.units.length && this.less(l, m)) m = l;
        if (rr < this.units.length && this.less(rr, m)) m = rr;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    return (
      this.keys[a]! < this.keys[b]! ||
      (this.keys[a] === this.keys[b] && this.units[a]! < this.units[b]!)
    );
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.units[a], this.units[b]] = [this.units[b]!, this.units[a]!];
  }
}
