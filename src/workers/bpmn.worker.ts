/**
 * BPMN import and export off the main thread: a large or hostile file is parsed here, so the page
 * never freezes (the package caps size and nesting depth). One request at a time per message.
 */
import { BpmnImportError, applyProsimos, exportBpmn, importBpmn } from '@flowsmith/bpmn';
import type { BpmnRequest, BpmnResponse } from './bpmnProtocol';
import { onRequest } from './onRequest';

const reply = (r: BpmnResponse) => (self as unknown as Worker).postMessage(r);

onRequest<BpmnRequest>(async (req) => {
  try {
    if (req.type === 'import') {
      // With Prosimos's parameters beside it, the file's own BPSim/QBP data is left out (as
      // `flowsmith convert --simulation` does): its resources would stay behind as empty lanes.
      const { documents, warnings } = await importBpmn(req.xml, {
        lang: req.lang,
        simulation: req.prosimos === undefined,
        ...(req.fallbackName ? { fallbackName: req.fallbackName } : {}),
      });
      const applied =
        req.prosimos === undefined
          ? undefined
          : applyProsimos(documents, req.prosimos, { lang: req.lang });
      if (applied && !applied.ok)
        reply({
          id: req.id,
          ok: true,
          type: 'import',
          documents,
          warnings,
          parameterProblems: applied.problems,
        });
      else if (applied)
        reply({
          id: req.id,
          ok: true,
          type: 'import',
          documents: applied.documents,
          warnings: [...warnings, ...applied.warnings],
        });
      else reply({ id: req.id, ok: true, type: 'import', documents, warnings });
    } else {
      const xml = await exportBpmn(req.document, { simulation: req.simulation });
      reply({ id: req.id, ok: true, type: 'export', xml });
    }
  } catch (e) {
    const message = e instanceof BpmnImportError || e instanceof Error ? e.message : String(e);
    reply({ id: req.id, ok: false, message });
  }
});
