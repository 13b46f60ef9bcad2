/**
 * The app's side of the SOP worker: previews go to one long-lived worker (a newer request makes
 * older answers stale, so only the latest is used); each DOCX gets a worker of its own, which
 * `signal` terminates to cancel.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SopTree } from '@flowsmith/sop';
import type { SopRequest, SopResponse, SopView } from '../../workers/sopProtocol';

type Unsent = SopRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

let preview: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: SopResponse) => void>();

const spawn = () =>
  new Worker(new URL('../../workers/sop.worker.ts', import.meta.url), { type: 'module' });

function ask(req: Unsent): Promise<SopResponse> {
  if (!preview) {
    preview = spawn();
    preview.onmessage = (e: MessageEvent<SopResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    // A crashed worker answers nothing: fail what is waiting and start afresh next time.
    preview.onerror = (e) => {
      for (const [id, resolve] of pending) resolve({ id, ok: false, message: e.message });
      pending.clear();
      preview?.terminate();
      preview = null;
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    preview!.postMessage({ ...req, id } as SopRequest);
  });
}

/** Builds the document tree and its HTML in the worker; rejects with the package's message. */
export async function buildInWorker(
  doc: ProcessDocument,
  lang: Lang,
  view: SopView,
): Promise<{ tree: SopTree; html: string }> {
  const r = await ask({ type: 'build', doc, lang, view });
  if (!r.ok) throw new Error(r.message);
  if (r.type !== 'build') throw new Error('unexpected worker answer');
  return { tree: r.tree, html: r.html };
}

/** Renders `tree` as Markdown in the worker. */
export async function markdownInWorker(tree: SopTree): Promise<string> {
  const r = await ask({ type: 'markdown', tree });
  if (!r.ok) throw new Error(r.message);
  if (r.type !== 'markdown') throw new Error('unexpected worker answer');
  return r.text;
}

/** Renders `tree` as DOCX bytes in a worker of its own; aborting `signal` terminates it (rejects with AbortError). */
export function docxInWorker(
  tree: SopTree,
  pngs: ReadonlyMap<string, Uint8Array>,
  signal: AbortSignal,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const abort = () => {
      worker.terminate();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    worker.onmessage = (e: MessageEvent<SopResponse>) => {
      signal.removeEventListener('abort', abort);
      worker.terminate();
      const r = e.data;
      if (!r.ok) reject(new Error(r.message));
      else if (r.type !== 'docx') reject(new Error('unexpected worker answer'));
      else resolve(r.bytes);
    };
    worker.onerror = (e) => {
      signal.removeEventListener('abort', abort);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ id: 0, type: 'docx', tree, pngs: [...pngs] } satisfies SopRequest);
  });
}
