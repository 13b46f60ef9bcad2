import type { ActivityInstance, AttributeValue, EventLog, LogCase } from '../log/eventLog';
import { detached } from './textChunks';

/** One event as a reader hands it over: a lifecycle `start` or `complete` of an activity. */
export interface RawEvent {
  caseId: string;
  activity: string;
  lifecycle: 'start' | 'complete';
  time: number;
  resource?: string;
  role?: string;
}

interface OpenCase {
  data: LogCase;
  /** Starts waiting for their complete, by activity (first in, first out). */
  pending?: Map<string, RawEvent[]>;
}

/**
 * Gathers events into cases while a log is read: strings are interned (one copy per distinct
 * activity, resource or role, detached from the chunk they came from), a `start` is paired with the
 * next `complete` of the same activity in its case, and `build` sorts each case by time. Memory
 * grows with the events kept, not with the text read.
 */
export class LogBuilder {
  private readonly cases = new Map<string, OpenCase>();
  private readonly strings = new Map<string, string>();
  private hasStart = false;
  private hasRole = false;
  private hasResource = false;

  /** The interned copy of `s`. */
  intern(s: string): string {
    let v = this.strings.get(s);
    if (v === undefined) {
      v = detached(s);
      this.strings.set(v, v);
    }
    return v;
  }

  private open(caseId: string): OpenCase {
    let c = this.cases.get(caseId);
    if (!c) {
      const id = detached(caseId);
      c = { data: { id, attributes: Object.create(null) as LogCase['attributes'], events: [] } };
      this.cases.set(id, c);
    }
    return c;
  }

  /** Sets attribute `key` of case `caseId` (the case is created if new). */
  caseAttribute(caseId: string, key: string, value: AttributeValue): void {
    const attrs = this.open(caseId).data.attributes;
    attrs[this.intern(key)] = typeof value === 'string' ? this.intern(value) : value;
  }

  /** Adds a whole activity instance (a row with both timestamps, or a complete-only row). */
  instance(caseId: string, instance: ActivityInstance): void {
    const e: ActivityInstance = {
      activity: this.intern(instance.activity),
      complete: instance.complete,
    };
    if (instance.start !== undefined) {
      e.start = instance.start;
      this.hasStart = true;
    }
    if (instance.resource) {
      e.resource = this.intern(instance.resource);
      this.hasResource = true;
    }
    if (instance.role) {
      e.role = this.intern(instance.role);
      this.hasRole = true;
    }
    this.open(caseId).data.events.push(e);
  }

  /** Adds a lifecycle event: a start waits for its complete; a complete closes the oldest start. */
  event(raw: RawEvent): void {
    const c = this.open(raw.caseId);
    if (raw.lifecycle === 'start') {
      c.pending ??= new Map();
      const key = this.intern(raw.activity);
      const queue = c.pending.get(key);
      const kept = { ...raw, resource: raw.resource && this.intern(raw.resource) };
      if (queue) queue.push(kept);
      else c.pending.set(key, [kept]);
      return;
    }
    const started = c.pending?.get(raw.activity)?.shift();
    this.instance(raw.caseId, {
      activity: raw.activity,
      complete: raw.time,
      ...(started && started.time <= raw.time ? { start: started.time } : {}),
      resource: raw.resource ?? started?.resource,
      role: raw.role ?? started?.role,
    });
  }

  /** Number of cases so far. */
  get caseCount(): number {
    return this.cases.size;
  }

  /** The log: cases with at least one instance, each sorted by start (else complete) time. */
  build(): EventLog {
    const cases: LogCase[] = [];
    for (const c of this.cases.values()) {
      if (c.data.events.length === 0) continue;
      c.data.events.sort(
        (a, b) => (a.start ?? a.complete) - (b.start ?? b.complete) || a.complete - b.complete,
      );
      cases.push(c.data);
    }
    this.cases.clear();
    return {
      cases,
      hasStart: this.hasStart,
      hasRole: this.hasRole,
      hasResource: this.hasResource,
      hasTime: true,
    };
  }
}
