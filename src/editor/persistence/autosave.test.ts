import { describe, expect, it } from 'vitest';
import { Autosave, type SaveStatus } from './autosave';

function fakeTimer() {
  let pending: (() => void) | null = null;
  return {
    timer: { set: (fn: () => void) => ((pending = fn), 1), clear: () => void (pending = null) },
    fire: () => {
      const fn = pending;
      pending = null;
      fn?.();
    },
    get armed() {
      return pending !== null;
    },
  };
}

describe('Autosave', () => {
  it('writes once after a burst of changes', async () => {
    const t = fakeTimer();
    let writes = 0;
    const statuses: SaveStatus['state'][] = [];
    const a = new Autosave({
      save: async () => void writes++,
      onStatus: (s) => statuses.push(s.state),
      timer: t.timer,
    });
    a.schedule();
    a.schedule();
    a.schedule();
    expect(writes).toBe(0);
    t.fire();
    await a.flush();
    expect(writes).toBe(1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush writes pending changes at once (tab hidden) and cancels the timer', async () => {
    const t = fakeTimer();
    let writes = 0;
    const a = new Autosave({ save: async () => void writes++, onStatus: () => {}, timer: t.timer });
    a.schedule();
    await a.flush();
    expect(writes).toBe(1);
    expect(t.armed).toBe(false);
    await a.flush();
    expect(writes).toBe(1);
  });

  it('reports a failed write (quota) and keeps the change for the next try', async () => {
    const t = fakeTimer();
    let fail = true;
    let writes = 0;
    const statuses: SaveStatus[] = [];
    const a = new Autosave({
      save: async () => {
        if (fail) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
        writes++;
      },
      onStatus: (s) => statuses.push(s),
      timer: t.timer,
    });
    a.schedule();
    await a.flush();
    expect(statuses.at(-1)).toMatchObject({ state: 'error', problem: { kind: 'quota' } });
    expect(a.hasPendingChanges).toBe(true);
    fail = false;
    await a.flush();
    expect(writes).toBe(1);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('stays "failed" from a failed write until one succeeds, though a retry reports "saving"', async () => {
    const t = fakeTimer();
    let fail = true;
    let status: SaveStatus['state'] = 'saved';
    const a = new Autosave({
      save: async () => {
        if (fail) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      },
      onStatus: (s) => (status = s.state),
      timer: t.timer,
    });
    a.schedule();
    await a.flush();
    expect(a.failed).toBe(true);
    const retry = a.flush();
    expect(status).toBe('saving');
    expect(a.failed).toBe(true);
    await retry;
    fail = false;
    await a.flush();
    expect(a.failed).toBe(false);
  });

  it('does not overlap writes: a change during a write is written after it', async () => {
    const t = fakeTimer();
    const order: string[] = [];
    let release!: () => void;
    let first = true;
    const a = new Autosave({
      save: () => {
        order.push('start');
        if (!first) return Promise.resolve().then(() => void order.push('end'));
        first = false;
        return new Promise<void>((ok) => (release = () => (order.push('end'), ok())));
      },
      onStatus: () => {},
      timer: t.timer,
    });
    a.schedule();
    const firstFlush = a.flush();
    a.schedule();
    const second = a.flush();
    release();
    await firstFlush;
    await second;
    expect(order).toEqual(['start', 'end', 'start', 'end']);
  });
});
