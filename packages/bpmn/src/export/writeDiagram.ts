import type { Position, ProcessDocument } from '@flowsmith/model';
import { stepSize, type FlowRoute, type LaneBand, type Orientation } from '@flowsmith/layout';
import type { El } from '../moddle';
import type { ExportContext } from './ExportContext';

/** Room for the pool's name, before its lanes. */
const POOL_HEADER = 30;
/** Size of a data object shape. */
const DATA = { width: 36, height: 50 };
/** Depth of the row data objects are drawn in. */
const DATA_ROW = 100;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Builds the diagram (BPMN DI) of an exported document: the pool around its lanes, a lane shape per
 * role, a shape per step (bounds = centre − size/2, sizes of `stepSize`), data objects in a row
 * at the end of the last lane, and orthogonal edges for flows and data associations.
 */
export function writeDiagram(
  doc: ProcessDocument,
  positions: Record<string, Position>,
  bands: LaneBand[],
  routes: ReadonlyMap<string, FlowRoute>,
  orientation: Orientation,
  participant: El,
  collaboration: El,
  ctx: ExportContext,
): El {
  const horizontal = orientation === 'horizontal';
  const elements: El[] = [];
  const boxes = new Map<El, Box>();
  const shape = (el: El, b: Box, extra: Record<string, unknown> = {}) => {
    boxes.set(el, b);
    elements.push(
      ctx.make('bpmndi:BPMNShape', {
        id: ctx.ids.allocate(`${el.id as string}_di`),
        bpmnElement: el,
        bounds: ctx.make('dc:Bounds', round(b)),
        ...extra,
      }),
    );
  };
  // Data objects get a row of their own at the end of the last lane, inside the pool.
  const dataCount = (doc.data ?? []).filter((d) => ctx.dataEl.has(d.id)).length;
  const extra = dataCount > 0 ? DATA_ROW : 0;
  const lanes = bands.map((b, i) =>
    i < bands.length - 1
      ? { ...b }
      : horizontal
        ? { ...b, height: b.height + extra }
        : { ...b, width: b.width + extra },
  );
  const area = union(lanes);
  if (lanes.length === 0 && horizontal) area.height += extra;
  else if (lanes.length === 0) area.width += extra;
  const dataAt = horizontal
    ? { x: area.x + 40, y: area.y + area.height - extra + 25 }
    : { x: area.x + area.width - extra + 25, y: area.y + 40 };
  const pool = horizontal
    ? { x: area.x - POOL_HEADER, y: area.y, width: area.width + POOL_HEADER, height: area.height }
    : { x: area.x, y: area.y - POOL_HEADER, width: area.width, height: area.height + POOL_HEADER };
  shape(participant, pool, { isHorizontal: horizontal });
  for (const band of lanes) {
    const lane = band.roleId === null ? undefined : ctx.roleEl.get(band.roleId);
    if (lane)
      shape(
        lane,
        { x: band.x, y: band.y, width: band.width, height: band.height },
        { isHorizontal: horizontal },
      );
  }
  for (const step of doc.steps) {
    const el = ctx.stepEl.get(step.id);
    const p = positions[step.id];
    if (!el || !p) continue;
    const { width, height } = stepSize(step);
    shape(
      el,
      { x: p.x - width / 2, y: p.y - height / 2, width, height },
      step.type === 'xor' ? { isMarkerVisible: true } : {},
    );
  }
  (doc.data ?? []).forEach((d, i) => {
    const el = ctx.dataEl.get(d.id);
    const step = i * (DATA.width + 44);
    if (el)
      shape(el, {
        x: dataAt.x + (horizontal ? step : 0),
        y: dataAt.y + (horizontal ? 0 : step),
        ...DATA,
      });
  });
  const edge = (
    el: El,
    from: Box | undefined,
    to: Box | undefined,
    points?: readonly Position[],
  ) => {
    if (!from || !to) return;
    elements.push(
      ctx.make('bpmndi:BPMNEdge', {
        id: ctx.ids.allocate(`${el.id as string}_di`),
        bpmnElement: el,
        waypoint: (points ?? route(from, to, horizontal)).map((p) =>
          ctx.make('dc:Point', round(p)),
        ),
      }),
    );
  };
  // Sequence flows follow the router's lines around the steps, as on the canvas.
  for (const flow of doc.flows) {
    const el = ctx.flowEl.get(flow.id);
    const from = boxes.get(ctx.stepEl.get(flow.from)!);
    if (el) edge(el, from, boxes.get(ctx.stepEl.get(flow.to)!), routes.get(flow.id)?.points);
  }
  for (const step of doc.steps) {
    const task = ctx.stepEl.get(step.id);
    if (!task) continue;
    for (const a of (task.dataInputAssociations as El[] | undefined) ?? [])
      edge(a, boxes.get((a.sourceRef as El[])[0]!), boxes.get(task));
    for (const a of (task.dataOutputAssociations as El[] | undefined) ?? [])
      edge(a, boxes.get(task), boxes.get(a.targetRef as El));
  }
  const plane = ctx.make('bpmndi:BPMNPlane', {
    id: ctx.ids.allocate('BPMNPlane_1'),
    bpmnElement: collaboration,
    planeElement: elements,
  });
  return ctx.make('bpmndi:BPMNDiagram', { id: ctx.ids.allocate('BPMNDiagram_1'), plane });
}

/** Leaves a shape's side facing the flow, turns once midway, enters the other's facing side. */
function route(a: Box, b: Box, horizontal: boolean): Position[] {
  const ca = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const cb = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  if (horizontal) {
    const forward = cb.x >= ca.x;
    const sx = forward ? a.x + a.width : a.x;
    const tx = forward ? b.x : b.x + b.width;
    if (Math.abs(ca.y - cb.y) < 1)
      return [
        { x: sx, y: ca.y },
        { x: tx, y: ca.y },
      ];
    const mx = (sx + tx) / 2;
    return [
      { x: sx, y: ca.y },
      { x: mx, y: ca.y },
      { x: mx, y: cb.y },
      { x: tx, y: cb.y },
    ];
  }
  const forward = cb.y >= ca.y;
  const sy = forward ? a.y + a.height : a.y;
  const ty = forward ? b.y : b.y + b.height;
  if (Math.abs(ca.x - cb.x) < 1)
    return [
      { x: ca.x, y: sy },
      { x: ca.x, y: ty },
    ];
  const my = (sy + ty) / 2;
  return [
    { x: ca.x, y: sy },
    { x: ca.x, y: my },
    { x: cb.x, y: my },
    { x: cb.x, y: ty },
  ];
}

function union(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 600, height: 200 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: x1 - x, height: y1 - y };
}

/** Coordinates as written: exact values stay exact; a non-finite one (a broken document) becomes 0. */
function round(o: Box | Position): Record<string, number> {
  return Object.fromEntries(
    Object.entries(o).map(([k, v]: [string, number]) => [k, Number.isFinite(v) ? v : 0]),
  );
}
