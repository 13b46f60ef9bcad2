import { memo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useInternalNode, useStore, type InternalNode } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '@flowsmith/model';
import { useServices } from '../EditorContext';
import { facilitationStore, useFacilitation } from './facilitationStore';
import { anchorPoint, type MapRect, type NotePoint } from './noteAnchor';
import { castVote, retractVote } from './voteCalls';

/** How a note is placed: on an element (with the React Flow node ids it follows) or free. */
export interface NotePlacement {
  kind: 'step' | 'flow' | 'lane' | 'free';
  /** The node ids the note follows: a step, a lane (`lane:<role>`), or a flow's two ends. */
  nodes: readonly string[];
  /** Its place in the pile of notes on the same element. */
  pile: number;
}

const rectOf = (n: InternalNode | undefined): MapRect | undefined =>
  n && {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? n.width ?? 0,
    height: n.measured.height ?? n.height ?? 0,
  };

const KEY_STEP = 16;

/**
 * One sticky note on the map. An attached note follows its element; a free note is dragged with
 * the mouse or moved with the arrow keys (each move one undoable edit). Clicking or Enter opens
 * it in the workshop panel; V / Shift+V vote for it or take a vote back; Delete removes it.
 */
function NoteViewInner({ note, placement }: { note: WorkshopNote; placement: NotePlacement }) {
  const { t } = useTranslation();
  const { editor, ui } = useServices();
  const a = useInternalNode(placement.nodes[0] ?? '');
  const b = useInternalNode(placement.nodes[1] ?? '');
  const zoom = useStore((s) => s.transform[2]);
  const focused = useFacilitation((s) => s.focusedNote === note.id);
  const [drag, setDrag] = useState<NotePoint | null>(null);
  const start = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  // A drag ends with a click on the note: that click must not open it.
  const dragged = useRef(false);

  const rects = [rectOf(a), rectOf(b)].filter((r): r is MapRect => r !== undefined);
  const anchored =
    placement.kind === 'free' ? null : anchorPoint(placement.kind, rects, placement.pile);
  const base = anchored ?? note.position ?? { x: -180, y: -140 + placement.pile * 24 };
  const free = anchored === null;
  const at = drag ? { x: base.x + drag.x, y: base.y + drag.y } : base;

  const open = () => {
    facilitationStore.setState({ focusedNote: note.id });
    ui.setState({ panel: 'facilitation' });
  };
  const moveTo = (p: NotePoint) =>
    editor.execute(
      { id: 'note.update', params: { id: note.id, changes: { position: p } } },
      'note.move',
    );

  const onPointerDown = (e: ReactPointerEvent) => {
    e.stopPropagation();
    if (!free || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.clientX, y: e.clientY, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    const s = start.current;
    if (!s) return;
    const dx = (e.clientX - s.x) / zoom;
    const dy = (e.clientY - s.y) / zoom;
    if (!s.moved && Math.hypot(dx, dy) * zoom < 3) return;
    s.moved = true;
    setDrag({ x: dx, y: dy });
  };
  const onPointerUp = () => {
    const s = start.current;
    start.current = null;
    dragged.current = s?.moved === true;
    if (s?.moved && drag)
      moveTo({ x: Math.round(base.x + drag.x), y: Math.round(base.y + drag.y) });
    setDrag(null);
  };

  return (
    <div
      role="button"
      tabIndex={0}
      className={`fs-note fs-note--${note.colour ?? 'yellow'} nodrag nopan nowheel${
        note.resolved ? ' fs-note--resolved' : ''
      }${focused ? ' fs-note--focused' : ''}${free ? ' fs-note--free' : ''}`}
      style={{ transform: `translate(${at.x}px, ${at.y}px)` }}
      data-note={note.id}
      aria-label={t('facilitation.noteAria', { text: note.text })}
      title={note.author ? `${note.text} — ${note.author}` : note.text}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onClick={(e) => {
        e.stopPropagation();
        if (!dragged.current) open();
        dragged.current = false;
      }}
      onFocus={() => facilitationStore.setState({ focusedNote: note.id })}
      onKeyDown={(e) => {
        const arrows: Record<string, [number, number]> = {
          ArrowLeft: [-KEY_STEP, 0],
          ArrowRight: [KEY_STEP, 0],
          ArrowUp: [0, -KEY_STEP],
          ArrowDown: [0, KEY_STEP],
        };
        if (e.key === 'Enter' || e.key === ' ') open();
        else if (e.code === 'KeyV' && !e.ctrlKey && !e.metaKey && !e.altKey)
          (e.shiftKey ? retractVote : castVote)(editor, note.id);
        else if (e.key === 'Delete' || e.key === 'Backspace')
          editor.execute({ id: 'note.remove', params: { id: note.id } }, 'note.remove');
        else if (free && arrows[e.key]) {
          const [dx, dy] = arrows[e.key]!;
          moveTo({ x: base.x + dx, y: base.y + dy });
        } else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <span className="fs-note-text">{note.text}</span>
      {note.author && <span className="fs-note-author">{note.author}</span>}
    </div>
  );
}

/** Memoised: redrawn when its note, its placement, its element or the zoom changes. */
export const NoteView = memo(
  NoteViewInner,
  (a, b) =>
    a.note === b.note &&
    a.placement.kind === b.placement.kind &&
    a.placement.pile === b.placement.pile &&
    a.placement.nodes.join('\n') === b.placement.nodes.join('\n'),
);
