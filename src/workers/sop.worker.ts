/**
 * SOP documents off the main thread: the analysis, the flowchart layout (elkjs) and the DOCX zip of
 * a big process take long enough to freeze the page. One request per message; the client drops
 * answers it no longer wants and terminates a worker to cancel.
 */
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

// A listener, not `onmessage`: elkjs's bundled build, once loaded inside a worker, sets
// `self.onmessage` to its own dispatcher (it thinks it is the ELK worker) and would swallow every
// later request.
scope.addEventListener('message', async (event: MessageEvent<SopRequest>) => {
  const req = event.data;
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
  // Drop the dispatcher elkjs may have installed: it has nothing to answer here.
  scope.onmessage = null;
});
