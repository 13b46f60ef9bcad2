import type { Rect, Size } from '@flowsmith/layout';

/** Where a gateway's name sits around its diamond. */
export type GatewayNameSide =
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'above'
  | 'below'
  | 'right'
  | 'left';

/**
 * The sides tried, in order: today's place (above and to the right, clear of the flows that leave
 * a decision downwards or sideways) first, so a picture with room there does not move; then the
 * other corners, then centred above or below, then beside the diamond, across its side flows.
 */
export const GATEWAY_NAME_SIDES: readonly GatewayNameSide[] = [
  'above-right',
  'below-right',
  'above-left',
  'below-left',
  'above',
  'below',
  'right',
  'left',
];

/** How a drawing sets a gateway name beside its diamond. */
export interface NameOffsets {
  /** How far a corner-placed name starts from the diamond's centre line, sideways. */
  shift: number;
  /** The gap between the diamond's top or bottom and the name. */
  gap: number;
  /** The gap between the diamond's left or right corner and the name. */
  side: number;
}

/**
 * The box a gateway's name of size `label` covers on `side` of the diamond `gateway`. Pure.
 */
export function gatewayNameBox(
  side: GatewayNameSide,
  gateway: Rect,
  label: Size,
  offsets: NameOffsets,
): Rect {
  const cx = gateway.x + gateway.width / 2;
  const cy = gateway.y + gateway.height / 2;
  const { width, height } = label;
  const above = gateway.y - offsets.gap - height;
  const below = gateway.y + gateway.height + offsets.gap;
  const rightOf = cx + offsets.shift;
  const leftOf = cx - offsets.shift - width;
  const at = (x: number, y: number): Rect => ({ x, y, width, height });
  switch (side) {
    case 'above-right':
      return at(rightOf, above);
    case 'below-right':
      return at(rightOf, below);
    case 'above-left':
      return at(leftOf, above);
    case 'below-left':
      return at(leftOf, below);
    case 'above':
      return at(cx - width / 2, above);
    case 'below':
      return at(cx - width / 2, below);
    case 'right':
      return at(gateway.x + gateway.width + offsets.side, cy - height / 2);
    case 'left':
      return at(gateway.x - offsets.side - width, cy - height / 2);
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The side of a gateway's diamond where its name covers nothing: the first of
 * `GATEWAY_NAME_SIDES` whose name box overlaps none of `obstacles` (other steps' boxes, their
 * names, flow labels); when every side is taken, the one covering the least area (earliest on a
 * tie). Deterministic. Pure.
 */
export function gatewayNameSide(
  gateway: Rect,
  label: Size,
  obstacles: readonly Rect[],
  offsets: NameOffsets,
): { side: GatewayNameSide; box: Rect } {
  const first: GatewayNameSide = 'above-right';
  let best: { side: GatewayNameSide; box: Rect } = {
    side: first,
    box: gatewayNameBox(first, gateway, label, offsets),
  };
  let bestCover = Infinity;
  for (const side of GATEWAY_NAME_SIDES) {
    const box = gatewayNameBox(side, gateway, label, offsets);
    let cover = 0;
    for (const o of obstacles) cover += overlapArea(box, o);
    if (cover === 0) return { side, box };
    if (cover < bestCover) {
      bestCover = cover;
      best = { side, box };
    }
  }
  return best;
}
