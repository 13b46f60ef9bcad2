import { describe, it, expect } from 'vitest';
import { gallery } from '@flowsmith/model';
import type { ReplicationResult } from '@flowsmith/simulation';
import { SimulationPool, type WorkerLike } from './SimulationPool';
import type { WorkerRequest, WorkerResponse } from './simulationProtocol';

/** A fake worker: answers each replication after a tick, or fails / hangs when told to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  received: WorkerRequest[] = [];
  terminated = false;
  constructor(private readonly behaviour: { fail?: number; hang?: boolean } = {}) {}
  postMessage(m: WorkerRequest): void {
    this.received.push(m);
    if (m.type !== 'replicate') return;
    setTimeout(() => {
      const send = (data: WorkerResponse) => this.onmessage?.({ data });
      send({ type: 'progress', run: m.run, slot: m.slot, index: m.index, fraction: 0.5 });
      if (this.behaviour.hang) return;
      if (this.behaviour.fail === m.index) {
        send({
          type: 'failed',
          run: m.run,
          slot: m.slot,
          index: m.index,
          problems: [{ path: 'clerk', code: 'sim.unstable', message: 'too busy' }],
        });
        return;
      }
      const result = { index: m.index, seed: m.slot } as ReplicationResult;
      send({
        type: 'result',
        run: m.run,
        slot: m.slot,
        index: m.index,
        result,
        cycles: { values: [m.index], weight: 1 },
      });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const doc = gallery.mm1;
const one = [{ doc, scenario: { cases: 10 }, children: [] }];

describe('SimulationPool', () => {
  it('runs every replication of every document and returns them by slot and index', async () => {
    const made: FakeWorker[] = [];
    const pool = new SimulationPool(() => (made.push(new FakeWorker()), made.at(-1)!), 3);
    const progress: number[] = [];
    const out = await pool.run([...one, ...one], 4, 'en', (f) => progress.push(f)).outcome;
    expect(out.status).toBe('done');
    if (out.status !== 'done') return;
    expect(out.slots.map((s) => s.map((o) => o.result.index))).toEqual([
      [0, 1, 2, 3],
      [0, 1, 2, 3],
    ]);
    expect(out.slots[1]![2]!.result.seed).toBe(1);
    expect(made).toHaveLength(3);
    // Every worker got the plan of both documents before any replication.
    for (const w of made)
      expect(w.received.slice(0, 2).map((m) => m.type)).toEqual(['plan', 'plan']);
    expect(progress.at(-1)).toBe(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]!).toBeGreaterThanOrEqual(progress[i - 1]! - 1e-9);
  });

  it('uses no more workers than replications; one worker runs them in sequence', async () => {
    const made: FakeWorker[] = [];
    const pool = new SimulationPool(() => (made.push(new FakeWorker()), made.at(-1)!), 8);
    await pool.run(one, 2, 'en', () => undefined).outcome;
    expect(made).toHaveLength(2);
    const solo: FakeWorker[] = [];
    const seq = new SimulationPool(() => (solo.push(new FakeWorker()), solo.at(-1)!), 1);
    const out = await seq.run(one, 5, 'en', () => undefined).outcome;
    expect(out.status === 'done' && out.slots[0]!.length).toBe(5);
    expect(solo[0]!.received.filter((m) => m.type === 'replicate')).toHaveLength(5);
  });

  it('stops the whole run at the first failure, with its problems', async () => {
    const pool = new SimulationPool(() => new FakeWorker({ fail: 1 }), 1);
    const out = await pool.run(one, 3, 'en', () => undefined).outcome;
    expect(out).toEqual({
      status: 'failed',
      slot: 0,
      problems: [{ path: 'clerk', code: 'sim.unstable', message: 'too busy' }],
    });
  });

  it('cancel settles at once, tells the workers, and ignores their late answers', async () => {
    const made: FakeWorker[] = [];
    const pool = new SimulationPool(
      () => (made.push(new FakeWorker({ hang: true })), made.at(-1)!),
      2,
    );
    const progress: number[] = [];
    const handle = pool.run(one, 4, 'en', (f) => progress.push(f));
    await new Promise((r) => setTimeout(r, 5));
    handle.cancel();
    expect(await handle.outcome).toEqual({ status: 'cancelled' });
    for (const w of made) expect(w.received.some((m) => m.type === 'cancel')).toBe(true);
    const seen = progress.length;
    made[0]!.onmessage?.({ data: { type: 'progress', run: 1, slot: 0, index: 0, fraction: 0.9 } });
    expect(progress.length).toBe(seen);
  });

  it('a new run after a cancelled one completes', async () => {
    let hang = true;
    const pool = new SimulationPool(() => new FakeWorker({ hang }), 1);
    const first = pool.run(one, 2, 'en', () => undefined);
    first.cancel();
    pool.dispose();
    hang = false;
    const out = await pool.run(one, 2, 'en', () => undefined).outcome;
    expect(out.status).toBe('done');
  });
});
