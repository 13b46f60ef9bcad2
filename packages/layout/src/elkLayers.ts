import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ProcessDocument, Step } from '@flowsmith/model';
import { LAYER_GAP, STEP_GAP } from './geometry';
import { stepSize } from './stepSize';
import type { Orientation } from './types';

/**
 * ELK, loaded on first use: elkjs is large (≈1.5 MB of JavaScript) and most callers — a CLI
 * command reading a `.bpmn` with its diagram, a document with positions — never lay anything out.
 */
let elk: Promise<InstanceType<typeof ELK>> | undefined;

/** Where ELK put a step: its centre along the flow (main) and across it (cross). */
export interface ElkPlacement {
  main: number;
  cross: number;
}

/**
 * Runs ELK's layered algorithm over the given steps and the flows between them, in reading
 * direction. Returns each step's centre; deterministic (fixed seed, model order kept).
 * The bundled ELK runs in the calling thread — the app wraps this package in its own worker.
 */
export async function elkLayers(
  doc: ProcessDocument,
  steps: readonly Step[],
  orientation: Orientation,
): Promise<Map<string, ElkPlacement>> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  const ids = new Set(steps.map((s) => s.id));
  const graph: ElkNode = {
    id: '__root__',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': orientation === 'horizontal' ? 'RIGHT' : 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': String(STEP_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.randomSeed': '1',
      'elk.separateConnectedComponents': 'false',
    },
    // ELK keys nodes by id; prefixing keeps step ids like "__proto__" harmless.
    children: steps.map((s) => ({ id: `n:${s.id}`, ...stepSize(s) })),
    edges: doc.flows
      .filter((f) => ids.has(f.from) && ids.has(f.to) && f.from !== f.to)
      .map((f, i) => ({ id: `e${i}`, sources: [`n:${f.from}`], targets: [`n:${f.to}`] })),
  };
  const out = await (await elk).layout(graph);
  const placements = new Map<string, ElkPlacement>();
  for (const child of out.children ?? []) {
    const cx = (child.x ?? 0) + (child.width ?? 0) / 2;
    const cy = (child.y ?? 0) + (child.height ?? 0) / 2;
    placements.set(
      child.id.slice(2),
      orientation === 'horizontal' ? { main: cx, cross: cy } : { main: cy, cross: cx },
    );
  }
  return placements;
}
