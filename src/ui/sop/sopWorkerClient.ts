/**
 * The app's side of the SOP worker: previews go to one long-lived worker (a newer request makes
 * older answers stale, so only the latest is used); each DOCX gets a worker of its own, which
 * `signal` terminates to cancel.
 */
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { SopTree } from '@flowsmith/sop';
import type { SopRequest, SopResponse, SopView } from '../../workers/sopProtocol';
import { workerAnswer } from '../../workers/workerAnswer';
import { workerClient } from '../../workers/workerClient';

const spawn = () =>
  new Worker(new URL('../../workers/sop.worker.ts', import.meta.url), { type: 'module' });

const ask = workerClient<SopRequest, SopResponse>(spawn, 'SOP');

/** Builds the document tree and its HTML in the worker; rejects with the package's message. */
export async function buildInWorker(
  doc: ProcessDocument,
  lang: Lang,
  view: SopView,
): Promise<{ tree: SopTree; html: string }> {
  const r = workerAnswer(await ask({ type: 'build', doc, lang, view }), 'build');
  return { tree: r.tree, html: r.html };
}

/** Renders `tree` as Markdown in the worker. */
export async function markdownInWorker(tree: SopTree): Promise<string> {
  return workerAnswer(await ask({ type: 'markdown', tree }), 'markdown').text;
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
      try {
        resolve(workerAnswer(e.data, 'docx').bytes);
      } catch (error) {
        reject(error as Error);
      }
    };
    worker.onerror = (e) => {
      signal.removeEventListener('abort', abort);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ id: 0, type: 'docx', tree, pngs: [...pngs] } satisfies SopRequest);
  });
}
