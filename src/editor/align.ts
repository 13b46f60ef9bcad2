import type { CommandCall, ProcessDocument } from '@flowsmith/model';
import { stepSize } from '@flowsmith/layout';

/** Ways to line up selected steps. */
export type AlignMode = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/**
 * The `steps.move` that lines up the steps `ids` (edges or centres, using each shape's size), or
 * null when fewer than two placed steps are given. Pure.
 */
export function alignCall(
  doc: ProcessDocument,
  ids: readonly string[],
  mode: AlignMode,
): CommandCall | null {
  const wanted = new Set(ids);
  const steps = doc.steps.filter((s) => wanted.has(s.id) && s.position);
  if (steps.length < 2) return null;
  const horizontal = mode === 'left' || mode === 'centre' || mode === 'right';
  const edge = (s: (typeof steps)[number]) => {
    const size = stepSize(s);
    const c = horizontal ? s.position!.x : s.position!.y;
    const half = (horizontal ? size.width : size.height) / 2;
    return mode === 'left' || mode === 'top'
      ? c - half
      : mode === 'right' || mode === 'bottom'
        ? c + half
        : c;
  };
  const values = steps.map(edge);
  const target =
    mode === 'left' || mode === 'top'
      ? Math.min(...values)
      : mode === 'right' || mode === 'bottom'
        ? Math.max(...values)
        : values.reduce((a, b) => a + b, 0) / values.length;
  const moves = steps.map((s, i) => {
    const d = target - values[i]!;
    return {
      id: s.id,
      position: horizontal
        ? { x: s.position!.x + d, y: s.position!.y }
        : { x: s.position!.x, y: s.position!.y + d },
    };
  });
  return { id: 'steps.move', params: { moves } };
}
