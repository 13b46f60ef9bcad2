import { describe, expect, it } from 'vitest';
import { workerClient } from './workerClient';

type Request = { id: number; type: 'echo'; text: string };
type Response = { id: number; ok: true; type: 'echo'; text: string };

/** A stand-in for a Web Worker: records what is posted; the test answers or crashes it. */
function fakeWorker() {
  const posted: Request[] = [];
  let terminated = false;
  const worker = {
    onmessage: null as ((e: MessageEvent<Response>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage: (m: Request) => posted.push(m),
    terminate: () => {
      terminated = true;
    },
  };
  return {
    worker,
    posted,
    terminated: () => terminated,
    answer: (r: Response) => worker.onmessage!({ data: r } as MessageEvent<Response>),
    crash: (message: string) => worker.onerror!({ message } as ErrorEvent),
  };
}

describe('workerClient', () => {
  it('settles each request with the answer carrying its id, in any order', async () => {
    const fake = fakeWorker();
    let spawned = 0;
    const send = workerClient<Request, Response>(() => {
      spawned++;
      return fake.worker as unknown as Worker;
    }, 'echo');
    const first = send({ type: 'echo', text: 'a' });
    const second = send({ type: 'echo', text: 'b' });
    expect(spawned).toBe(1);
    const [a, b] = fake.posted;
    expect(a!.id).not.toBe(b!.id);
    fake.answer({ id: b!.id, ok: true, type: 'echo', text: 'B' });
    fake.answer({ id: a!.id, ok: true, type: 'echo', text: 'A' });
    expect(await first).toMatchObject({ text: 'A' });
    expect(await second).toMatchObject({ text: 'B' });
  });

  it('fails what is waiting when the worker crashes, and starts a new worker next time', async () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let spawned = 0;
    const send = workerClient<Request, Response>(
      () => fakes[spawned++]!.worker as unknown as Worker,
      'echo',
    );
    const waiting = send({ type: 'echo', text: 'a' });
    fakes[0]!.crash('');
    expect(await waiting).toMatchObject({ ok: false, message: 'echo worker failed' });
    expect(fakes[0]!.terminated()).toBe(true);
    const again = send({ type: 'echo', text: 'b' });
    expect(spawned).toBe(2);
    fakes[1]!.answer({ id: fakes[1]!.posted[0]!.id, ok: true, type: 'echo', text: 'B' });
    expect(await again).toMatchObject({ ok: true, text: 'B' });
  });
});
