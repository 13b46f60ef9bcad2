import type { WorkerFailure } from './workerClient';

/**
 * The successful answer of kind `type`, or throws: the worker's own message when it failed,
 * `unexpected worker answer` when it answered another kind of request.
 */
export function workerAnswer<
  Response extends { ok: true; type: string } | WorkerFailure,
  Type extends Extract<Response, { ok: true }>['type'],
>(answer: Response | WorkerFailure, type: Type): Extract<Response, { ok: true; type: Type }> {
  if (!answer.ok) throw new Error(answer.message);
  if (answer.type !== type) throw new Error('unexpected worker answer');
  return answer as Extract<Response, { ok: true; type: Type }>;
}
