import type { Rect } from '@flowsmith/layout';
import type { Position, ProcessDocument, Step } from '@flowsmith/model';
import {
  gatewayNameSide,
  nameRegion,
  ObstacleGrid,
  type GatewayNameSide,
  type NameOffsets,
} from '@flowsmith/sop';
import type { EdgeRouting } from './deriveNodes';
import { flowChipText } from './flowChip';
import { shapeSize } from './stepShape';
import { chipWidth } from './useFlowRoutes';

/**
 * How the canvas sets a gateway's name (app.css, gatewayShapes.css): 6 px right of the centre
 * line, overlapping the diamond's bounding box by 2 px (its corners are empty), 4 px beside it.
 */
const OFFSETS: NameOffsets = { shift: 6, gap: -2, side: 4 };
/** A gateway name wraps at 120 px, an event's at 140 px; 11 px text, 1.25 line height. */
const GATEWAY_WIDTH = 120;
const EVENT_WIDTH = 140;
const LINE = 14;
const CHIP_HEIGHT = 18;

const isGateway = (s: Step) => s.type === 'xor' || s.type === 'or' || s.type === 'and';

/** The width of `text` at 11 px, estimated (CJK characters twice as wide as Latin ones). Pure. */
export function labelTextWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 11 : 6.2;
  return Math.ceil(w);
}

function wrapped(text: string, width: number): { width: number; height: number } {
  const w = labelTextWidth(text);
  return { width: Math.min(w, width), height: Math.max(1, Math.ceil(w / width)) * LINE };
}

function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  return !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * The side each gateway's name is drawn on, by step id, where it is not today's above-right
 * (absent then, so a picture with room there does not change): the first side of
 * `gatewayNameSide` clear of every other step's box, every event's name, every flow's label chip
 * (where its route puts it, else midway between its ends) and the names of gateways placed before
 * it, in document order. Steps are where `drawnAt` draws them (else at their position). Pure.
 */
export function gatewayLabelSides(
  doc: ProcessDocument,
  drawnAt?: (step: Step) => Position | undefined,
  routing?: EdgeRouting,
): Map<string, GatewayNameSide> {
  const sides = new Map<string, GatewayNameSide>();
  if (!doc.steps.some(isGateway)) return sides;
  const boxes = new Map<string, Rect>();
  for (const s of doc.steps) {
    const p = drawnAt?.(s) ?? s.position;
    if (!p) continue;
    const { width, height } = shapeSize(s);
    boxes.set(s.id, { x: p.x - width / 2, y: p.y - height / 2, width, height });
  }
  const taken = new ObstacleGrid();
  for (const s of doc.steps) {
    const box = boxes.get(s.id);
    if (!box) continue;
    taken.add(box, s.id);
    if (!isGateway(s) && s.type !== 'task' && s.type !== 'subprocess' && s.name) {
      const size = wrapped(s.name, EVENT_WIDTH);
      const cx = box.x + box.width / 2;
      taken.add({ x: cx - size.width / 2, y: box.y + box.height + 4, ...size });
    }
  }
  for (const f of doc.flows) {
    const text = flowChipText(f);
    const a = boxes.get(f.from);
    const b = boxes.get(f.to);
    if (text === null || !a || !b) continue;
    const route = routing?.routes.get(f.id);
    const current =
      route?.label &&
      sameRect(routing!.boxes.get(f.from), a) &&
      sameRect(routing!.boxes.get(f.to), b);
    const centre = current
      ? route.label!
      : {
          x: (a.x + a.width / 2 + b.x + b.width / 2) / 2,
          y: (a.y + a.height / 2 + b.y + b.height / 2) / 2,
        };
    const width = chipWidth(text);
    taken.add({
      x: centre.x - width / 2,
      y: centre.y - CHIP_HEIGHT / 2,
      width,
      height: CHIP_HEIGHT,
    });
  }
  for (const s of doc.steps) {
    const box = boxes.get(s.id);
    if (!box || !isGateway(s) || !s.name) continue;
    const size = wrapped(s.name, GATEWAY_WIDTH);
    const placed = gatewayNameSide(box, size, taken.near(nameRegion(box, size), s.id), OFFSETS);
    if (placed.side !== 'above-right') sides.set(s.id, placed.side);
    taken.add(placed.box);
  }
  return sides;
}
