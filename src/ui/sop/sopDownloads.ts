import type { SopTree } from '@flowsmith/sop';
import type { ProcessDocument } from '@flowsmith/model';
import { fileNameFor, saveBlob } from '../files/fileAccess';
import type { SopView } from '../../workers/sopProtocol';
import { diagramPngs } from './diagramPngs';
import { docxInWorker, markdownInWorker } from './sopWorkerClient';

/** The formats the SOP panel downloads as files (PDF goes through the print dialog instead). */
export type SopFormat = 'md' | 'html' | 'docx';

const MIME: Record<SopFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const TYPES: Record<SopFormat, object[]> = {
  md: [{ description: 'Markdown', accept: { 'text/markdown': ['.md'] } }],
  html: [{ description: 'HTML', accept: { 'text/html': ['.html'] } }],
  docx: [{ description: 'Word', accept: { [MIME.docx]: ['.docx'] } }],
};

/** The file name of a download: the process name, which document, the format's extension. Pure. */
export function sopFileName(doc: ProcessDocument, view: SopView, format: SopFormat): string {
  const role =
    view.kind === 'jobs' && view.role !== undefined
      ? doc.roles.find((r) => r.id === view.role)
      : undefined;
  const base = role ? { id: `${doc.id}-${role.id}`, name: `${doc.name} ${role.name}` } : doc;
  const what = view.kind === 'sop' ? 'sop' : role ? 'job' : 'jobs';
  return fileNameFor(base, `.${what}.${format}`);
}

/**
 * Saves the shown document in `format`: HTML as already made; Markdown and DOCX rendered from the
 * tree in the worker (DOCX in a worker of its own, with PNG fallbacks of the flowchart drawn
 * here). `signal` cancels the DOCX.
 */
export async function downloadSop(
  doc: ProcessDocument,
  view: SopView,
  tree: SopTree,
  html: string,
  format: SopFormat,
  signal: AbortSignal,
): Promise<void> {
  let body: BlobPart;
  if (format === 'md') body = await markdownInWorker(tree);
  else if (format === 'html') body = html;
  else {
    const bytes = await docxInWorker(tree, await diagramPngs(tree), signal);
    body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  await saveBlob(
    new Blob([body], { type: MIME[format] }),
    sopFileName(doc, view, format),
    null,
    TYPES[format],
  );
}
