/**
 * Derived canvas state (DESIGN.md rule 6): React Flow nodes and edges computed from the document
 * and the selection, never stored. A node or edge object is rebuilt only when its step (or flow),
 * its role's look or its selected flag changed, so dragging one step in a 1,000-step process makes
 * one new node object and React Flow skips the rest by identity.
 */
import type { Flow, ProcessDocument, Role, Step } from '@flowsmith/model';
import type { Edge, Node } from '@xyflow/react';
import type { Selection } from '../../editor/editorState';
import { facingHandles, roleColour, shapeHandles, shapeSize } from './stepShape';

/** What a step node draws. */
export interface StepNodeData extends Record<string, unknown> {
  step: Step;
  roleName?: string;
  colour: string;
  /** The role id names no role of the document (drawn with a warning). */
  unknownRole: boolean;
}

/** What a flow edge draws. */
export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
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
    { step: Step; look: RoleLook | undefined; selected: boolean; node: StepNode }
  >();
  let lastRoles: readonly Role[] | null = null;
  let looks = new Map<string, RoleLook>();
  return function deriveNodes(doc: ProcessDocument, selection: Selection): StepNode[] {
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
      if (hit && hit.step === step && hit.look === look && hit.selected === isSelected) {
        nodes.push(hit.node);
        continue;
      }
      const size = shapeSize(step);
      // Steps without a position (table rows, imports) stack below the origin until laid out.
      const position = step.position ?? { x: 0, y: (y += size.height + 40) };
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
        },
      };
      cache.set(step.id, { step, look, selected: isSelected, node });
      nodes.push(node);
    }
    if (cache.size > seen.size) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return nodes;
  };
}

/** A memoising deriver of flow edges; keep one per canvas. */
export function createEdgeDeriver(describe: (flow: Flow, from: Step, to: Step) => string) {
  const cache = new Map<
    string,
    { flow: Flow; from: Step; to: Step; selected: boolean; edge: FlowEdge }
  >();
  return function deriveEdges(
    doc: ProcessDocument,
    selection: Selection,
    stepsById: ReadonlyMap<string, Step>,
  ): FlowEdge[] {
    const orientation = doc.view?.lanes ?? 'horizontal';
    const selected = new Set(selection.flows);
    const edges: FlowEdge[] = [];
    const seen = new Set<string>();
    for (const flow of doc.flows) {
      const from = stepsById.get(flow.from);
      const to = stepsById.get(flow.to);
      if (!from || !to) continue;
      seen.add(flow.id);
      const isSelected = selected.has(flow.id);
      const hit = cache.get(flow.id);
      if (
        hit &&
        hit.flow === flow &&
        hit.from === from &&
        hit.to === to &&
        hit.selected === isSelected
      ) {
        edges.push(hit.edge);
        continue;
      }
      const [sourceHandle, targetHandle] = facingHandles(from, to, orientation);
      const edge: FlowEdge = {
        id: flow.id,
        type: 'flow',
        source: flow.from,
        target: flow.to,
        sourceHandle,
        targetHandle,
        selected: isSelected,
        ariaLabel: describe(flow, from, to),
        data: { flow },
      };
      cache.set(flow.id, { flow, from, to, selected: isSelected, edge });
      edges.push(edge);
    }
    if (cache.size > seen.size) for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return edges;
  };
}
