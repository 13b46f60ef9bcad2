/**
 * A small Node service that runs purchase-approval cases on the generated machine
 * (`flowsmith compile examples/purchase-approval-to-be.flow.json -o purchase.machine.ts`).
 * One actor per request, restored from the case's persisted snapshot; the system task that checks
 * a request is the service's own code; every case's snapshot is saved after each event.
 *
 *   POST /cases              { "data": { "amount": 80000 } }            → 201 { id, status, state, … }
 *   POST /cases/:id/events   { "type": "COMPLETE", "stepId": "fillPr" } → 200, or 409 if it cannot happen now
 *   GET  /cases/:id                                                      → 200 { id, status, state, … }
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createActor, fromPromise, waitFor, type Actor, type SnapshotFrom } from 'xstate';
import {
  machine,
  type ProcessEvent,
  type SystemTaskInput,
  type SystemTaskOutput,
} from './purchase.machine.js';

/** Where cases are kept between requests: a database table in production. */
export interface CaseStore {
  load(id: string): Promise<unknown>;
  save(id: string, snapshot: unknown): Promise<void>;
}

/** The system task "系统校验完整性与预算" (autoCheck), done by this service: a request is complete when it has an amount. */
const autoCheck = fromPromise<SystemTaskOutput, SystemTaskInput>(async ({ input }) => ({
  data: { complete: typeof input.data.amount === 'number' && input.data.amount > 0 },
}));

/** The machine with the service's system tasks; the others keep their default work (done at once). */
const purchases = machine.provide({ actors: { autoCheck } });

/** What the service answers about a case. */
function view(id: string, snapshot: SnapshotFrom<typeof purchases>) {
  // Each active step's state carries its meta: stepId, name, role, instructions, SLA, …
  const open = Object.values(snapshot.getMeta()).flatMap((m) =>
    m !== undefined && 'stepId' in m && m.type === 'task' ? [m.stepId as string] : [],
  );
  return {
    id,
    status: snapshot.status,
    state: snapshot.value,
    open,
    escalated: snapshot.hasTag('escalated'),
    data: snapshot.context.data,
    history: snapshot.context.history,
  };
}

/** Runs `change` on the case's actor, waits until its system tasks are done, and saves it. */
async function withCase(
  store: CaseStore,
  id: string,
  data: SystemTaskInput['data'] | undefined,
  change: (actor: Actor<typeof purchases>) => boolean,
) {
  const saved = data === undefined ? await store.load(id) : undefined;
  if (data === undefined && saved === undefined) return undefined;
  const actor = createActor(purchases, {
    input: { data: data ?? {} },
    ...(saved === undefined ? {} : { snapshot: saved as SnapshotFrom<typeof purchases> }),
  }).start();
  try {
    const accepted = change(actor);
    // Answer once the system's own work (invoked actors) is done.
    const snapshot = await waitFor(actor, (s) => Object.keys(s.children).length === 0, {
      timeout: 10_000,
    });
    await store.save(id, actor.getPersistedSnapshot());
    return { accepted, body: view(id, snapshot) };
  } finally {
    actor.stop();
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text === '' ? {} : JSON.parse(text);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function handle(store: CaseStore, req: IncomingMessage, res: ServerResponse) {
  const [, root, id, events] = (req.url ?? '').split('/');
  if (root !== 'cases') return reply(res, 404, { error: 'not found' });
  if (req.method === 'POST' && id === undefined) {
    const { data } = (await readJson(req)) as { data?: SystemTaskInput['data'] };
    const made = await withCase(store, randomUUID(), data ?? {}, () => true);
    return reply(res, 201, made!.body);
  }
  if (req.method === 'POST' && id !== undefined && events === 'events') {
    // The body is checked by the machine: an event that does not fit the case is refused.
    const event = (await readJson(req)) as ProcessEvent;
    const r = await withCase(store, id, undefined, (actor) => {
      if (!actor.getSnapshot().can(event)) return false;
      actor.send(event);
      return true;
    });
    if (r === undefined) return reply(res, 404, { error: `no case ${id}` });
    return reply(res, r.accepted ? 200 : 409, r.body);
  }
  if (req.method === 'GET' && id !== undefined) {
    const r = await withCase(store, id, undefined, () => true);
    return r === undefined ? reply(res, 404, { error: `no case ${id}` }) : reply(res, 200, r.body);
  }
  return reply(res, 405, { error: 'method not allowed' });
}

/** Starts the service on 127.0.0.1 (`port` 0: any free port). */
export async function startService(store: CaseStore, port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    handle(store, req, res).catch((error: unknown) => reply(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
