import { list, one, type El } from '../moddle';
import type { ImportContext } from '../import/ImportContext';
import { applyBpsim } from './bpsim/applyBpsim';
import { bpsimOfDocument } from './bpsim/bpsimOfDocument';
import { readBpsim } from './bpsim/readBpsim';
import { applyQbp } from './qbp/applyQbp';
import { qbpOfDocument } from './qbp/qbpOfDocument';
import { readQbp } from './qbp/readQbp';

/**
 * Reads the simulation data other tools keep in a BPMN file — QBP's `processSimulationInfo`
 * (BIMP, Apromore) and BPSim's `BPSimData` (the standard) — into the imported documents, adding its warnings to `ctx`. In a file
 * Flowsmith wrote (`byFlowsmith`: the main process carries its extension) only what differs from
 * what Flowsmith's export would write applies, so the extension's exact values come back.
 */
export function readSimulationData(
  definitions: El,
  byFlowsmith: boolean,
  ctx: ImportContext,
): void {
  const idOf = (bpmnId: string) => ctx.flowsmithIdOf.get(bpmnId) ?? bpmnId;
  const main = ctx.documents[0];
  if (!main) return;
  // What export would write, before either is applied: both describe the same documents.
  const expected = byFlowsmith
    ? { qbp: qbpOfDocument(main), bpsim: bpsimOfDocument(main) }
    : undefined;
  // BIMP writes it beside the process, Apromore inside the process's extension elements.
  const [info] = [
    ...list(definitions, 'processSimulationInfo'),
    ...list(definitions, 'rootElements')
      .flatMap((r) => list(one(r, 'extensionElements') ?? r, 'values'))
      .filter((v) => v.$type === 'qbp:ProcessSimulationInfo'),
  ];
  if (info)
    ctx.warnings.push(...applyQbp(ctx.documents, readQbp(info, idOf), expected?.qbp, ctx.lang));
  // BPSim, the standard, is read last and wins where both say something.
  const bpsim = readBpsim(definitions, idOf);
  if (bpsim) ctx.warnings.push(...applyBpsim(ctx.documents, bpsim, expected?.bpsim, ctx.lang));
}
