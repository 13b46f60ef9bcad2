/**
 * Opening and saving files in the browser: the File System Access API where the browser has it
 * (so "Save" writes back to the file that was opened), a file input and a download otherwise.
 * A cancelled picker resolves to null; other failures reject and are shown by the caller.
 */
import { downloadBlob } from '../downloadText';
import { pickFileWithInput } from './pickFileWithInput';

interface PickerWindow {
  showOpenFilePicker?: (o: object) => Promise<Array<{ getFile(): Promise<File> } & FileHandle>>;
  showSaveFilePicker?: (o: object) => Promise<FileHandle>;
}

/** A writable file the user picked (File System Access API). */
export interface FileHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

const FLOW_TYPES = [
  { description: 'Flowsmith process', accept: { 'application/json': ['.flow.json', '.json'] } },
];

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Which files a picker offers: the picker's types and the file input's `accept`. */
export interface FileKind {
  types: Array<{ description: string; accept: Record<string, string[]> }>;
  accept: string;
}

/** Process documents, `.flow.json`. */
export const FLOW_FILES: FileKind = {
  types: FLOW_TYPES,
  accept: '.json,.flow.json,application/json',
};

/** Asks for a file (default a `.flow.json`); its text, name and (if available) handle for saving back. */
export async function pickTextFile(
  kind: FileKind = FLOW_FILES,
): Promise<{ text: string; name: string; handle: FileHandle | null } | null> {
  const w = window as unknown as PickerWindow;
  if (w.showOpenFilePicker) {
    try {
      const [handle] = await w.showOpenFilePicker({ types: kind.types, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      return { text: await file.text(), name: file.name, handle };
    } catch (e) {
      if (isAbort(e)) return null;
      throw e;
    }
  }
  const file = await pickFileWithInput(kind.accept, 'file-input');
  return file ? { text: await file.text(), name: file.name, handle: null } : null;
}

/**
 * Saves `blob` as `suggestedName`: into `handle` if given, else through a save picker, else as a
 * download. Resolves to the handle written (for the next save), or null for a download/cancel.
 */
export async function saveBlob(
  blob: Blob,
  suggestedName: string,
  handle: FileHandle | null,
  types: object[] = FLOW_TYPES,
): Promise<FileHandle | null | 'cancelled'> {
  const w = window as unknown as PickerWindow;
  let target = handle;
  if (!target && w.showSaveFilePicker) {
    try {
      target = await w.showSaveFilePicker({ suggestedName, types });
    } catch (e) {
      if (isAbort(e)) return 'cancelled';
      throw e;
    }
  }
  if (target) {
    const writable = await target.createWritable();
    await writable.write(blob);
    await writable.close();
    return target;
  }
  downloadBlob(suggestedName, blob);
  return null;
}

/** A file name for a document: its name when that is a safe file name, else its id. Pure. */
export function fileNameFor(doc: { id: string; name: string }, extension: string): string {
  // Control characters and the characters Windows forbids cannot be in a file name.
  const cleaned = doc.name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${cleaned || doc.id}${extension}`;
}
