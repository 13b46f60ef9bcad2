import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useEffect } from 'react';
import { useServices } from '../EditorContext';

/** Every this many ms at most, the pointer goes to the others (awareness is not a frame stream). */
const CURSOR_MS = 50;

/** Shares the local pointer on the map with the room while `active`, in flow coordinates. */
export function useShareCursor(active: boolean): void {
  const { workshop } = useServices();
  const { screenToFlowPosition } = useReactFlow();
  const pane = useFlowStore((s) => s.domNode);
  useEffect(() => {
    if (!active || !pane) return;
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    let point: { x: number; y: number } | null = null;
    const send = () => {
      pending = null;
      last = Date.now();
      workshop.setCursor(point);
    };
    const move = (e: PointerEvent) => {
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      point = { x: Math.round(p.x), y: Math.round(p.y) };
      if (pending) return;
      pending = setTimeout(send, Math.max(0, CURSOR_MS - (Date.now() - last)));
    };
    const leave = () => {
      point = null;
      if (!pending) pending = setTimeout(send, 0);
    };
    pane.addEventListener('pointermove', move);
    pane.addEventListener('pointerleave', leave);
    return () => {
      pane.removeEventListener('pointermove', move);
      pane.removeEventListener('pointerleave', leave);
      if (pending) clearTimeout(pending);
      workshop.setCursor(null);
    };
  }, [active, pane, screenToFlowPosition, workshop]);
}
