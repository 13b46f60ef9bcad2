import { Awareness } from 'y-protocols/awareness';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { OwnPresenceProvider, ownPresenceChanges } from './ownPresenceProvider';

describe('ownPresenceChanges', () => {
  it('keeps only the local client, in every kind of change', () => {
    expect(ownPresenceChanges({ added: [1, 7], updated: [7, 9], removed: [7, 3] }, 7)).toEqual({
      added: [7],
      updated: [7],
      removed: [7],
    });
    expect(ownPresenceChanges({ added: [1], updated: [2], removed: [3] }, 7)).toEqual({
      added: [],
      updated: [],
      removed: [],
    });
  });
});

describe('OwnPresenceProvider', () => {
  /** The provider's update handler on a stand-in provider that records what it would send. */
  function handlerWithSend() {
    const awareness = new Awareness(new Y.Doc());
    const send = vi.fn();
    const provider = Object.create(OwnPresenceProvider.prototype) as OwnPresenceProvider;
    Object.assign(provider, { send, configuration: { name: 'room', awareness } });
    Object.defineProperty(provider, 'awareness', { get: () => awareness });
    return { provider, send, awareness };
  }

  it('sends nothing when only other participants moved (no echo)', () => {
    const { provider, send, awareness } = handlerWithSend();
    provider.awarenessUpdateHandler(
      { added: [], updated: [awareness.clientID + 1], removed: [] },
      'remote',
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('sends its own change, without the others in the same event', () => {
    const { provider, send, awareness } = handlerWithSend();
    provider.awarenessUpdateHandler(
      { added: [], updated: [awareness.clientID, awareness.clientID + 1], removed: [] },
      'local',
    );
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![1]).toMatchObject({ clients: [awareness.clientID] });
  });
});
