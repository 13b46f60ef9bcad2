/**
 * Listens for requests in a Web Worker. A listener, not `self.onmessage`: elkjs's bundled build,
 * when it is evaluated inside a worker (any worker that lays out: layout, BPMN export, SOP), sets
 * `self.onmessage` to its own dispatcher — it believes it is the ELK worker — which would swallow
 * or misread later requests. After each request that dispatcher is removed again.
 */
export function onRequest<Request>(handle: (request: Request) => void | Promise<void>): void {
  const scope = self as unknown as Worker;
  scope.addEventListener('message', async (event: MessageEvent<Request>) => {
    try {
      await handle(event.data);
    } finally {
      scope.onmessage = null;
    }
  });
}
