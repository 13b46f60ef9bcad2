import { describe, expect, it } from 'vitest';
import type { MiningResponse } from '../../workers/miningProtocol';
import { CancelledError, runMiningTask } from './miningTask';

/** A stand-in worker: records what it was sent, answers when told, counts terminations. */
function fakeWorker() {
  const w = {
    sent: [] as unknown[],
    terminated: 0,
    onmessage: null as ((e: MessageEvent<MiningResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(m: unknown) {
      w.sent.push(m);
    },
    terminate() {
      w.terminated++;
    },
    say(m: MiningResponse) {
      w.onmessage?.({ data: m } as MessageEvent<MiningResponse>);
    },
  };
  return w;
}

const conform = { type: 'conform' as const, log: {} as never, document: {} as never };

describe('runMiningTask', () => {
  it('passes progress on and settles with the answer, then ends the worker', async () => {
    const w = fakeWorker();
    const seen: unknown[] = [];
    const task = runMiningTask(
      conform,
      (f, m) => seen.push(f, m.run),
      () => w as unknown as Worker,
    );
    expect(w.sent).toEqual([conform]);
    w.say({ type: 'progress', fraction: 0.5, run: 3, runs: 5 });
    const answer = { type: 'conform', conformance: { fitness: 1 } } as MiningResponse;
    w.say(answer);
    await expect(task.result).resolves.toBe(answer);
    expect(seen).toEqual([0.5, 3]);
    expect(w.terminated).toBe(1);
  });

  it('rejects with the worker error message', async () => {
    const w = fakeWorker();
    const task = runMiningTask(conform, undefined, () => w as unknown as Worker);
    w.say({ type: 'error', message: 'no case column' });
    await expect(task.result).rejects.toThrow('no case column');
  });

  it('cancel terminates the worker and rejects; a late answer is ignored', async () => {
    const w = fakeWorker();
    const task = runMiningTask(conform, undefined, () => w as unknown as Worker);
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(CancelledError);
    w.say({ type: 'conform', conformance: {} } as MiningResponse);
    task.cancel();
    expect(w.terminated).toBe(1);
  });
});
