/**
 * Which step a pointer event is over, found through the DOM (`document.elementsFromPoint` and
 * the node's `data-id`), so that dropping a connection anywhere on a step's body connects to it
 * — not only within React Flow's connection radius of one of its handles.
 */

/** The client coordinates of a mouse, pointer or touch event (the touch that ended, for touchend). */
export function eventPoint(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const touch = event.changedTouches[0] ?? event.touches[0];
  return touch ? { x: touch.clientX, y: touch.clientY } : null;
}

/**
 * The id of the step node under the client point `p` (the top-most one, ignoring the connection
 * line and anything drawn over the nodes), or null when the point is over no step.
 */
export function stepIdAt(p: { x: number; y: number }): string | null {
  for (const el of document.elementsFromPoint(p.x, p.y)) {
    const node = el.closest<HTMLElement>('.react-flow__node-step');
    if (node?.dataset.id) return node.dataset.id;
  }
  return null;
}

/**
 * The step a connection dropped by the user goes to: the step under the pointer (its body or
 * one of its handles), else the step React Flow snapped to (a handle within its connection
 * radius), else none; never the step it started from (a drop back on it cancels). Pure.
 */
export function dropTarget(
  from: string,
  underPointer: string | null,
  snapped: string | null,
): string | null {
  const to = underPointer ?? snapped;
  return to !== null && to !== from ? to : null;
}
