/// <reference lib="webworker" />
/**
 * The layout worker: runs `layoutProcess` (ELK) and `routeFlows` (the orthogonal flow router)
 * off the main thread so the page never freezes on a big process. One request at a time per
 * message; answers carry the request id.
 */
import { layoutProcess, routeFlows } from '@flowsmith/layout';
import type { LayoutRequest, LayoutResponse } from './layoutProtocol';
import { onRequest } from './onRequest';

const scope = self as unknown as DedicatedWorkerGlobalScope;

onRequest<LayoutRequest>(async (request) => {
  let answer: LayoutResponse;
  const { id } = request;
  try {
    if (request.kind === 'route') {
      const routes = routeFlows(request.boxes, request.flows, {
        orientation: request.orientation,
        ...(request.labels ? { labels: request.labels } : {}),
      });
      answer = { id, ok: true, positions: {}, routes };
    } else {
      const { doc, orientation, only, routes } = request;
      const result = await layoutProcess(doc, {
        ...(orientation ? { orientation } : {}),
        ...(only ? { only } : {}),
        ...(routes === false ? { routes } : {}),
      });
      answer = { id, ok: true, positions: result.positions, routes: result.routes };
    }
  } catch (error) {
    answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(answer);
});
