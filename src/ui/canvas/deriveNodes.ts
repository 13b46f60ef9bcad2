/**
 * Derived canvas state (DESIGN.md rule 6): React Flow nodes and edges computed from the document
 * and the selection, never stored. A node or edge object is rebuilt only when its step (or flow),
 * its role's look or its selected flag changed, so dragging one step in a 1,000-step process makes
 * one new node object and React Flow skips the rest by identity.
 */
import type { Flow, Position, ProcessDocument, Role, Step } from '@flowsmith/model';
import type { FlowRoute, Rect } from '@flowsmith/layout';
import type { Edge, Node } from '@xyflow/react';
import type { GatewayNameSide } from '@flowsmith/sop';
import type { Selection } from '../../editor/editorState';
import { facingHandles, roleColour, shapeHandles, shapeSize } from './stepShape';

/** What a step node draws. */
export interface StepNodeData extends Record<string, unknown> {
  step: Step;
  roleName?: string;
  colour: string;
  /** The role id names no role of the document (drawn with a warning). */
  unknownRole: boolean;
  /** A gateway's name side when not the usual above-right (see gatewayLabelSides). */
  labelSide?: GatewayNameSide;
}

/** What a flow edge draws. */
export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
  /** The flow's route around the steps, when it was routed for where its ends are now. */
  route?: FlowRoute;
}

/** The last routes of the canvas's flows and the step boxes they were routed around. */
export interface EdgeRouting {
  routes: ReadonlyMap<string, FlowRoute>;
  boxes: ReadonlyMap<string, Rect>;
  /** Where a step is drawn now (its box), for telling a current route from a stale one. */
  boxOf: (step: Step) => Rect | undefined;
}

function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  return !!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** A step node of the canvas. */
export type StepNode = Node<StepNodeData, 'step'>;
/** A flow edge of the canvas. */
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

interface RoleLook {
  role: Role;
  colour: string;
}

function roleLooks(roles: readonly Role[]): Map<string, RoleLook> {
  return new Map(roles.map((role, i) => [role.id, { role, colour: roleColour(i) }]));
}

/** A memoising deriver of step nodes; keep one per canvas. */
export function createNodeDeriver(describe: (step: Step) => string) {
  const cache = new Map<
    string,
    {
      step: Step;
      look: RoleLook | undefined;
      selected: boolean;
      side: GatewayNameSide | undefined;
      node: StepNode;
    }
  >();
  let lastRoles: readonly Role[] | null = null;
  let looks = new Map<string, RoleLook>();
  return function deriveNodes(
    doc: ProcessDocument,
    selection: Selection,
    /** Where a step is drawn when not at its own position (its lane is shifted; see laneGeometry). */
    drawnAt?: (step: Step) => Position | undefined,
    /** The gateways whose names are drawn on another side than above-right (gatewayLabelSides). */
    labelSides?: ReadonlyMap<string, GatewayNameSide>,
  ): StepNode[] {
    if (doc.roles !== lastRoles) {
      lastRoles = doc.roles;
      // Looks are compared by identity below: keep the old object when nothing about it changed.
      const next = roleLooks(doc.roles);
      for (const [id, look] of next) {
        const old = looks.get(id);
        if (old && old.role === look.role && old.colour === look.colour) next.set(id, old);
      }
      looks = next;
    }
    const selected = new Set(selection.steps);
    const seen = new Set<string>();
    const nodes: StepNode[] = [];
    let y = 0;
    for (const step of doc.steps) {
      seen.add(step.id);
      const roleId = step.type === 'task' ? step.role : undefined;
      const look = roleId === undefined ? undefined : looks.get(roleId);
      const isSelected = selected.has(step.id);
      const hit = cache.get(step.id);
      const drawn = drawnAt?.(step);
      const side = labelSides?.get(step.id);
      if (
        hit &&
        hit.step === step &&
        hit.look === look &&
        hit.selected === isSelected &&
        hit.side === side &&
        (!drawn || (drawn.x === hit.node.position.x && drawn.y === hit.node.position.y))
      ) {
        nodes.push(hit.node);
        continue;
      }
      const size = shapeSize(step);
      // Steps without a position (table rows, imports) stack below the origin until laid out.
      const position = drawn ?? step.position ?? { x: 0, y: (y += size.height + 40) };
      const node: StepNode = {
        id: step.id,
        type: 'step',
        position,
        origin: [0.5, 0.5],
        width: size.width,
        height: size.height,
        measured: { width: size.width, height: size.height },
        handles: shapeHandles(size),
        selected: isSelected,
        ariaLabel: describe(step),
        data: {
          step,
          colour: look?.colour ?? roleColour(-1),
          unknownRole: roleId !== undefined && look === undefined,
          ...(look ? { roleName: look.role.name } : {}),
          ...(side ? { labelSide: side } : {}),
        },
      };
      cache.set(step.id, { step, look, selected: isSelected, side, node });
      nodes.push(node);
    }
    if (cache.size > seen.size) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return nodes;
  };
}

/** What an edge object shows of its two steps: a move changes none of it unless the facing sides change. */
interface EdgeKey {
  flow: Flow;
  fromName: string;
  toName: string;
  sourceHandle: string;
  targetHandle: string;
  selected: boolean;
  route: FlowRoute | undefined;
}

const sameKey = (a: EdgeKey, b: EdgeKey) =>
  a.flow === b.flow &&
  a.fromName === b.fromName &&
  a.toName === b.toName &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle &&
  a.selected === b.selected &&
  a.route === b.route;

/**
 * A memoising deriver of flow edges; keep one per canvas. An edge object is rebuilt only when
 * its flow, its steps' names, the sides it leaves and enters by (which follow the steps' types,
 * sizes and relative places) or its selected flag change — not when a step merely moves. When no
 * edge changed, the previous array itself is returned, so React Flow keeps its edge lookups
 * during a drag instead of rebuilding them every frame.
 */
export function createEdgeDeriver(describe: (flow: Flow, from: Step, to: Step) => string) {
  const cache = new Map<string, { key: EdgeKey; edge: FlowEdge }>();
  let last: FlowEdge[] = [];
  return function deriveEdges(
    doc: ProcessDocument,
    selection: Selection,
    stepsById: ReadonlyMap<string, Step>,
    routing?: EdgeRouting,
  ): FlowEdge[] {
    const orientation = doc.view?.lanes ?? 'horizontal';
    const selected = new Set(selection.flows);
    const edges: FlowEdge[] = [];
    const seen = new Set<string>();
    let changed = false;
    for (const flow of doc.flows) {
      const from = stepsById.get(flow.from);
      const to = stepsById.get(flow.to);
      if (!from || !to) continue;
      seen.add(flow.id);
      const [sourceHandle, targetHandle] = facingHandles(from, to, orientation);
      // A route counts only while both ends are still where it was routed for.
      let route = routing?.routes.get(flow.id);
      if (
        route &&
        (!sameRect(routing!.boxes.get(from.id), routing!.boxOf(from)) ||
          !sameRect(routing!.boxes.get(to.id), routing!.boxOf(to)))
      )
        route = undefined;
      const key: EdgeKey = {
        route,
        flow,
        fromName: from.name,
        toName: to.name,
        sourceHandle,
        targetHandle,
        selected: selected.has(flow.id),
      };
      const hit = cache.get(flow.id);
      if (hit && sameKey(hit.key, key)) {
        if (last[edges.length] !== hit.edge) changed = true;
        edges.push(hit.edge);
        continue;
      }
      const edge: FlowEdge = {
        id: flow.id,
        type: 'flow',
        source: flow.from,
        target: flow.to,
        sourceHandle,
        targetHandle,
        selected: key.selected,
        ariaLabel: describe(flow, from, to),
        data: route ? { flow, route } : { flow },
      };
      cache.set(flow.id, { key, edge });
      edges.push(edge);
      changed = true;
    }
    if (cache.size > seen.size) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    if (!changed && edges.length === last.length) return last;
    last = edges;
    return edges;
  };
}
