import type { MiningRequest, MiningResponse } from '../../workers/miningProtocol';

/** A task running in its own mining worker: its answer, and a way to stop it. */
export interface MiningTask<T> {
  result: Promise<T>;
  /** Stops the worker; `result` rejects with a `CancelledError`. */
  cancel(): void;
}

/** What a cancelled task rejects with. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

type Answer<K extends MiningResponse['type']> = Extract<MiningResponse, { type: K }>;

/** A progress message of the worker (the share done, and for a validation the run under way). */
export type MiningProgress = Answer<'progress'>;

/**
 * Runs `request` in a fresh mining worker (`src/workers/mining.worker.ts`), passing its progress
 * (0..1, and the whole progress message) to `onProgress`; the worker ends with the answer. Cancel terminates it at once, which is
 * how a long read stops without the worker having to look.
 */
export function runMiningTask<K extends MiningRequest['type']>(
  request: Extract<MiningRequest, { type: K }>,
  onProgress: (fraction: number, progress: MiningProgress) => void = () => {},
  spawn: () => Worker = () =>
    new Worker(new URL('../../workers/mining.worker.ts', import.meta.url), { type: 'module' }),
): MiningTask<Answer<K>> {
  const worker = spawn();
  let settle: { resolve(a: Answer<K>): void; reject(e: Error): void } | null = null;
  const result = new Promise<Answer<K>>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => {
    if (!settle) return null;
    worker.terminate();
    const s = settle;
    settle = null;
    return s;
  };
  worker.onmessage = (e: MessageEvent<MiningResponse>) => {
    const m = e.data;
    if (m.type === 'progress') return onProgress(m.fraction, m);
    const s = finish();
    if (m.type === 'error') s?.reject(new Error(m.message));
    else if (m.type === request.type) s?.resolve(m as Answer<K>);
    else s?.reject(new Error('unexpected worker answer'));
  };
  worker.onerror = (e) => finish()?.reject(new Error(e.message || 'mining worker failed'));
  worker.postMessage(request);
  return { result, cancel: () => finish()?.reject(new CancelledError()) };
}
