/// <reference lib="webworker" />
/**
 * The layout worker: runs `layoutProcess` (ELK) off the main thread so the page never freezes
 * on a big process. One request at a time per message; answers carry the request id.
 */
import { layoutProcess } from '@flowsmith/layout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';
import { onRequest } from './onRequest';

const scope = self as unknown as DedicatedWorkerGlobalScope;

onRequest<LayoutRequest>(async ({ id, doc, orientation, only }) => {
  let answer: LayoutResponse;
  try {
    const result = await layoutProcess(doc, {
      ...(orientation ? { orientation } : {}),
      ...(only ? { only } : {}),
    });
    answer = { id, ok: true, positions: result.positions };
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
});
