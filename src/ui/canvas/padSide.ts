import type { Step } from '@flowsmith/model';
import { shapeSize } from './stepShape';

/** Screen room the pad needs above or below its step (a row of buttons, margins, the overlay). */
const PAD_ROOM = 52;

/**
 * Whether the pad goes above the step or below it: above (below for a gateway, whose name is
 * above it), unless that side is off the top or bottom of the canvas. Pure.
 */
export function padSide(
  step: Pick<Step, 'type' | 'position'>,
  ty: number,
  zoom: number,
  paneHeight: number,
): 'above' | 'below' {
  const { height } = shapeSize(step);
  const y = step.position?.y ?? 0;
  const top = ty + (y - height / 2) * zoom;
  const bottom = ty + (y + height / 2) * zoom;
  const gateway = step.type === 'xor' || step.type === 'or' || step.type === 'and';
  if (gateway) return paneHeight > 0 && bottom + PAD_ROOM > paneHeight ? 'above' : 'below';
  return top - PAD_ROOM < 0 ? 'below' : 'above';
}
