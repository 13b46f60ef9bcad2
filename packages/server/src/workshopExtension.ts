import type { Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { closeCodeOf, type Refusal } from './guard/Refusal';
import { readDocumentUpdate } from './guard/readDocumentUpdate';
import { RoomGuard } from './guard/RoomGuard';
import { roleMessage } from './rooms/roleMessage';
import type { RoomRegistry, RoomRole } from './rooms/RoomRegistry';
import type { RoomPermissions, WorkshopStore } from './store/WorkshopStore';
import type { WorkshopLog } from './WorkshopLog';

/** What a connection carries once authenticated (Hocuspocus's `context`). */
export interface WorkshopContext {
  role: RoomRole;
  permissions: RoomPermissions;
}

/**
 * A refusal thrown to Hocuspocus: it closes the offending connection with `code`/`reason`. The
 * message is empty so that Hocuspocus does not log it a second time (the extension logs it).
 */
class RefusedMessage extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super('');
  }
}

function contextOf(value: unknown): WorkshopContext | undefined {
  const c = value as Partial<WorkshopContext> | undefined;
  return c?.role && c.permissions ? (c as WorkshopContext) : undefined;
}

/**
 * The Hocuspocus extension that makes a workshop room: joining needs the room's token (which
 * decides the role, which the client is told in a stateless {@link roleMessage}; each socket's
 * joined rooms are noted in `joined`), every incoming update is judged by the room's {@link RoomGuard} before it is
 * applied (a refused one is logged and closes only the connection that sent it), and rooms are
 * loaded from and stored to the {@link WorkshopStore} — a state is stored only when the model
 * validates it.
 */
export function workshopExtension(
  registry: RoomRegistry,
  store: WorkshopStore,
  log: WorkshopLog,
  joined: WeakMap<object, Set<string>> = new WeakMap(),
): Extension {
  const guards = new WeakMap<Document, RoomGuard>();
  const guardOf = (document: Document): RoomGuard => {
    let guard = guards.get(document);
    if (!guard) guards.set(document, (guard = new RoomGuard(document)));
    return guard;
  };

  return {
    extensionName: 'flowsmith-workshop',

    async onAuthenticate({ documentName, token, socketId }) {
      const found = await registry.authenticate(documentName, token);
      if (!found) {
        log({
          level: 'warn',
          event: 'room.refusedToken',
          room: documentName,
          connection: socketId,
        });
        throw new Error('unknown room or token');
      }
      log({
        level: 'info',
        event: 'room.joined',
        room: documentName,
        role: found.role,
        connection: socketId,
      });
      return { role: found.role, permissions: found.room.permissions } satisfies WorkshopContext;
    },

    async connected({ connection, documentName, context }) {
      // what the socket screen asks: has this socket joined the room (its token accepted)?
      const rooms = joined.get(connection.webSocket) ?? new Set<string>();
      joined.set(connection.webSocket, rooms.add(documentName));
      // tell the client who it is here, so the app can grey out what the room would refuse
      const ctx = contextOf(context);
      if (ctx) connection.sendStateless(roleMessage(ctx.role, ctx.permissions));
    },

    async onLoadDocument({ documentName, document }) {
      const state = await store.loadDocument(documentName);
      if (state) Y.applyUpdate(document, state);
      const snapshot = guardOf(document).current();
      if (!snapshot.valid) {
        log({
          level: 'warn',
          event: 'room.loadedInvalid',
          room: documentName,
          detail: 'stored state does not validate',
        });
      }
    },

    async beforeHandleMessage({ update: message, document, context, connection, socketId }) {
      const incoming = readDocumentUpdate(message);
      let refusal: Refusal | null = null;
      const ctx = contextOf(context);
      if (incoming.kind === 'malformed')
        refusal = { code: 'message.malformed', detail: incoming.detail };
      else if (incoming.kind === 'update') {
        refusal = ctx
          ? guardOf(document).check(incoming.update, ctx.role, ctx.permissions)
          : { code: 'message.malformed', detail: 'an update before the room knows who sent it' };
      }
      if (!refusal) return;
      log({
        level: 'warn',
        event: 'update.refused',
        room: document.name,
        role: ctx?.role,
        connection: socketId,
        code: refusal.code,
        detail: refusal.detail,
      });
      const code = closeCodeOf(refusal);
      connection.webSocket.close(code, refusal.code);
      throw new RefusedMessage(code, refusal.code);
    },

    async onStoreDocument({ documentName, document }) {
      const snapshot = guardOf(document).current();
      if (!snapshot.valid) {
        log({
          level: 'info',
          event: 'store.skipped',
          room: documentName,
          detail: 'references left dangling by a merge; waiting for the repair',
        });
        return;
      }
      await store.storeDocument(documentName, Y.encodeStateAsUpdate(document));
      log({ level: 'info', event: 'room.stored', room: documentName });
    },

    async beforeUnloadDocument({ document }) {
      guards.get(document)?.destroy();
      guards.delete(document);
    },
  };
}
