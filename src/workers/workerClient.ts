/**
 * The app's side of a long-lived Web Worker (the counterpart of `onRequest`): each request gets
 * an id and its promise settles with the answer carrying that id. The worker starts on first use
 * and is kept; a crashed worker answers nothing, so every request still waiting gets a failure
 * with the crash's message and the next request starts a new worker.
 */

/** The answer a request gets when the worker crashed before answering it. */
export interface WorkerFailure {
  id: number;
  ok: false;
  message: string;
}

/** A request without its id (the client numbers requests); distributes over a union. */
export type Unsent<Request> = Request extends unknown ? Omit<Request, 'id'> : never;

/** Sends requests to the worker `spawn` makes; see the module comment. */
export function workerClient<Request extends { id: number }, Response extends { id: number }>(
  spawn: () => Worker,
  name: string,
): (request: Unsent<Request>) => Promise<Response | WorkerFailure> {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (answer: Response | WorkerFailure) => void>();
  const start = (): Worker => {
    const w = spawn();
    w.onmessage = (e: MessageEvent<Response>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    w.onerror = (e) => {
      const message = e.message || `${name} worker failed`;
      for (const [id, settle] of pending) settle({ id, ok: false, message });
      pending.clear();
      w.terminate();
      worker = null;
    };
    return w;
  };
  return (request) => {
    worker ??= start();
    const id = nextId++;
    const w = worker;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      w.postMessage({ ...request, id });
    });
  };
}
