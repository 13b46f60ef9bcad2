import type { BpmnModdleInstance } from 'bpmn-moddle';
import type { Position, ProcessDocument } from '@flowsmith/model';
import {
  centreOf,
  elbowRoutes,
  isLargeForLayout,
  laneGeometry,
  layoutProcess,
  routeFlows,
} from '@flowsmith/layout';
import { createModdle } from '../moddle';
import { xmlText } from '../xmlText';
import { ExportContext } from './ExportContext';
import { writeDiagram } from './writeDiagram';
import { writeProcess } from './writeProcess';
import { hasSimulationParameters } from '../simulation/hasSimulationParameters';
import { qbpOfDocument } from '../simulation/qbp/qbpOfDocument';
import { writeQbp } from '../simulation/qbp/writeQbp';
import { bpsimOfDocument } from '../simulation/bpsim/bpsimOfDocument';
import { writeBpsim } from '../simulation/bpsim/writeBpsim';

/** Options of `exportBpmn`. */
export interface ExportOptions {
  /**
   * Also write the simulation parameters as BPSim (a `relationship` of type BPSimData) and QBP
   * (`qbp:processSimulationInfo`, read by BIMP, Apromore and Simod); default: when the document has any (an arrival, a duration,
   * a branch probability).
   */
  simulation?: boolean;
}

let moddle: BpmnModdleInstance | undefined;

/** The version written in `exporterVersion`. */
export const EXPORTER_VERSION = '0.1.0';

/**
 * Writes a document as BPMN 2.0 XML with a diagram: a collaboration with one pool whose lanes are
 * the roles, the process, and every Flowsmith field in `flowsmith:` extensions, so that
 * `importBpmn(await exportBpmn(d))` gives `d` back. Steps without a position are placed by
 * `layoutProcess` (all of them when none has one). The diagram draws what every picture of the
 * process draws: `laneGeometry`'s lanes and step boxes (each step inside its lane) and flows routed
 * around the steps by `routeFlows`; the `flowsmith:` extension keeps the stored positions. Does
 * not change `doc`. With `options.simulation` (default: the document has simulation parameters)
 * the file also carries them as BPSim and QBP for other simulators.
 */
export async function exportBpmn(
  doc: ProcessDocument,
  options: ExportOptions = {},
): Promise<string> {
  moddle ??= createModdle();
  const orientation = doc.view?.lanes ?? 'horizontal';
  const positions = await positionsOf(doc, orientation);
  const geometry = laneGeometry(doc, { positions, orientation });
  const drawn: Record<string, Position> = {};
  for (const [id, box] of geometry.placements)
    Object.defineProperty(drawn, id, { value: centreOf(box), enumerable: true });
  const ctx = new ExportContext(moddle, doc);
  const process = writeProcess(doc, drawn, ctx);
  const participant = ctx.make('bpmn:Participant', {
    id: ctx.ids.allocate(`${process.id as string}_pool`),
    name: xmlText(doc.name),
    processRef: process,
  });
  const collaboration = ctx.make('bpmn:Collaboration', {
    id: ctx.ids.allocate('Collaboration'),
    participants: [participant],
  });
  // Large processes get plain elbows: the router takes about a minute for 20,000 steps.
  const route = isLargeForLayout(doc) ? elbowRoutes : routeFlows;
  const routes = route(geometry.placements, doc.flows, { orientation });
  const diagram = writeDiagram(
    doc,
    drawn,
    geometry.bands,
    routes,
    orientation,
    participant,
    collaboration,
    ctx,
  );
  const definitions = ctx.make('bpmn:Definitions', {
    id: ctx.ids.allocate('Definitions'),
    targetNamespace: 'https://flowsmith.dev/process',
    exporter: 'Flowsmith',
    exporterVersion: EXPORTER_VERSION,
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  if (options.simulation ?? hasSimulationParameters(doc)) {
    definitions.processSimulationInfo = [writeQbp(qbpOfDocument(doc), process.id as string, ctx)];
    definitions.relationships = [writeBpsim(bpsimOfDocument(doc), process, ctx)];
  }
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

async function positionsOf(
  doc: ProcessDocument,
  orientation: 'horizontal' | 'vertical',
): Promise<Record<string, Position>> {
  const missing = doc.steps.filter((s) => !s.position).map((s) => s.id);
  if (missing.length === 0) {
    const out: Record<string, Position> = {};
    for (const s of doc.steps)
      Object.defineProperty(out, s.id, { value: s.position, enumerable: true });
    return out;
  }
  const only = missing.length === doc.steps.length ? undefined : missing;
  return (await layoutProcess(doc, only ? { orientation, only } : { orientation })).positions;
}
