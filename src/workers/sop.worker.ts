/**
 * SOP documents off the main thread: the analysis, the flowchart layout (elkjs) and the DOCX zip of
 * a big process take long enough to freeze the page. One request per message; the client drops
 * answers it no longer wants and terminates a worker to cancel.
 */
import { onRequest } from './onRequest';
import {
  buildJobs,
  buildSop,
  layoutForSop,
  renderDocx,
  renderHtml,
  renderMarkdown,
} from '@flowsmith/sop';
import type { SopRequest, SopResponse } from './sopProtocol';

const scope = self as unknown as Worker;
const reply = (r: SopResponse, transfer: Transferable[] = []) => scope.postMessage(r, transfer);

onRequest<SopRequest>(async (req) => {
  try {
    if (req.type === 'build') {
      const { doc, lang, view } = req;
      const tree =
        view.kind === 'sop'
          ? buildSop(doc, { lang, positions: await layoutForSop(doc) })
          : buildJobs(doc, view.role === undefined ? { lang } : { lang, role: view.role });
      reply({ id: req.id, ok: true, type: 'build', tree, html: renderHtml(tree) });
    } else if (req.type === 'markdown') {
      reply({ id: req.id, ok: true, type: 'markdown', text: renderMarkdown(req.tree) });
    } else {
      const bytes = await renderDocx(req.tree, { diagramPngs: new Map(req.pngs) });
      reply({ id: req.id, ok: true, type: 'docx', bytes }, [bytes.buffer]);
    }
  } catch (e) {
    reply({ id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
