import './workshop.css';
import { Panel, ViewportPortal, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { JoinWorkshopDialog } from './JoinWorkshopDialog';
import type { Peer } from './presence';
import { useShareCursor } from './useShareCursor';
import { useWorkshop } from './useWorkshop';
import { WhoIsHere } from './WhoIsHere';

/** A ring around a step another participant has selected, in their colour, with their name. */
const PeerSelection = memo(function PeerSelection({
  stepId,
  name,
  colour,
}: {
  stepId: string;
  name: string;
  colour: string;
}) {
  const { t } = useTranslation();
  const node = useInternalNode(stepId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  return (
    <div
      className="fs-presence-ring"
      data-presence-step={stepId}
      data-presence-name={name}
      title={t('workshop.selected', { name })}
      style={{
        transform: `translate(${x - 5}px, ${y - 5}px)`,
        width: w + 10,
        height: h + 10,
        borderColor: colour,
      }}
    >
      <span className="fs-presence-tag" style={{ background: colour }}>
        {name}
      </span>
    </div>
  );
});

/** Another participant's pointer: an arrow and their name, in their colour. */
function PeerCursor({ peer }: { peer: Peer }) {
  if (!peer.cursor) return null;
  return (
    <div
      className="fs-presence-cursor"
      data-presence-cursor={peer.user.name}
      style={{
        transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px)`,
        color: peer.user.colour,
      }}
    >
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
        <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" />
      </svg>
      <span className="fs-presence-tag" style={{ background: peer.user.colour }}>
        {peer.user.name}
      </span>
    </div>
  );
}

/**
 * Live co-editing on the map (a canvas layer): the others' pointers and selections, who is
 * here, and the join dialog. Draws nothing outside a workshop; never hit-tested.
 */
export function PresenceLayer() {
  const status = useWorkshop((s) => s.status);
  const peers = useWorkshop((s) => s.peers);
  const dialog = useWorkshop((s) => s.dialog);
  const inRoom = status !== 'idle';
  useShareCursor(inRoom);
  return (
    <>
      {inRoom && (
        <ViewportPortal>
          {peers.flatMap((p) =>
            p.selection.steps.map((id) => (
              <PeerSelection
                key={`${p.clientId}:${id}`}
                stepId={id}
                name={p.user.name}
                colour={p.user.colour}
              />
            )),
          )}
          {peers.map((p) => (
            <PeerCursor key={p.clientId} peer={p} />
          ))}
        </ViewportPortal>
      )}
      {inRoom && (
        <Panel position="top-right">
          <WhoIsHere />
        </Panel>
      )}
      {dialog && <JoinWorkshopDialog />}
    </>
  );
}
