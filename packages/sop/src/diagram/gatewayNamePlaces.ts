import type { Step } from '@flowsmith/model';
import type { Rect } from '@flowsmith/layout';
import { gatewayNameSide } from './gatewayNameSide';
import { nameRegion, ObstacleGrid } from './obstacleGrid';
import {
  GATEWAY_NAME_OFFSETS,
  gatewayNameLines,
  gatewayNameSize,
  nameExtent,
  type FlowchartText,
} from './stepShape';

const isGateway = (s: Step) => s.type === 'xor' || s.type === 'or' || s.type === 'and';

/**
 * Where each gateway's name is drawn in the flowchart, by step id: on the first free side of its
 * diamond (`gatewayNameSide`), clear of every other step's box (with the step number above a
 * numbered task), every event's name, every flow label (`flowLabels`) and the names of the
 * gateways placed before it, in document order. Pure.
 */
export function gatewayNamePlaces(
  steps: readonly Step[],
  boxes: ReadonlyMap<string, Rect>,
  flowLabels: readonly Rect[],
  text: FlowchartText,
  numbers?: ReadonlyMap<string, string>,
): Map<string, Rect> {
  const taken = new ObstacleGrid();
  for (const box of flowLabels) taken.add(box);
  for (const s of steps) {
    const box = boxes.get(s.id);
    if (!box) continue;
    // A task's number sits just above its top-left corner (see stepShape).
    const badge = numbers?.has(s.id) ? text.badge + 6 : 0;
    taken.add({ x: box.x, y: box.y - badge, width: box.width, height: box.height + badge }, s.id);
    if (!isGateway(s)) {
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const name = s.name ? nameExtent(s, centre, text) : undefined;
      if (name) taken.add(name);
    }
  }
  const places = new Map<string, Rect>();
  for (const s of steps) {
    const box = boxes.get(s.id);
    if (!box || !isGateway(s)) continue;
    const lines = gatewayNameLines(s.name, text);
    if (lines.length === 0) continue;
    const size = gatewayNameSize(lines, text);
    const others = taken.near(nameRegion(box, size), s.id);
    const { box: name } = gatewayNameSide(box, size, others, GATEWAY_NAME_OFFSETS);
    places.set(s.id, name);
    taken.add(name);
  }
  return places;
}
