/**
 * The file commands of the app: open a `.flow.json` (validated by `parseProcessJson`; a file with
 * problems opens nothing and lists them), save to a file (back to the opened file when the
 * browser allows), and import an example. Each reports failures to the user through the chrome.
 */
import { parseProcessJson, type ProcessDocument } from '@flowsmith/model';
import type { ActionContext } from '../actions/action';
import { currentLang } from '../../i18n/i18n';
import { fileNameFor, pickTextFile, saveBlob, type FileHandle } from './fileAccess';

// The file each stored document was last opened from or saved to, for "Save" (session only).
const handles = new Map<string, FileHandle>();

/** Parses `text` as a process and opens it as a new stored document, or lists its problems. */
export async function openText(
  ctx: ActionContext,
  text: string,
  fileName: string,
  handle: FileHandle | null = null,
) {
  const result = parseProcessJson(text, { lang: currentLang() });
  if (!result.ok) {
    ctx.ui.setState({ dialog: { type: 'problems', fileName, problems: result.problems } });
    return false;
  }
  await ctx.workspace.openAsNew(result.document);
  const key = ctx.workspace.store.getState().key;
  if (key && handle) handles.set(key, handle);
  const warnings = result.warnings.length;
  const notice = warnings
    ? ctx.t('file.openedWithWarnings', {
        name: fileName,
        count: warnings,
        first: result.warnings[0]!.message,
      })
    : ctx.t('file.opened', { name: fileName });
  ctx.ui.setState({ notice: { kind: 'info', text: notice } });
  return true;
}

/** Asks for a file and opens it (see `openText`). */
export async function openFile(ctx: ActionContext) {
  try {
    const picked = await pickTextFile();
    if (picked) await openText(ctx, picked.text, picked.name, picked.handle);
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('file.openFailed', { detail: String(e) }) },
    });
  }
}

/** The text a document is saved as: indented JSON with a final newline. Pure. */
export function documentText(doc: ProcessDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Saves the open document to a file; `saveAs` always asks where. */
export async function saveFile(ctx: ActionContext, saveAs: boolean) {
  const doc = ctx.editor.state.doc;
  const key = ctx.workspace.store.getState().key ?? '';
  try {
    const blob = new Blob([documentText(doc)], { type: 'application/json' });
    const handle = await saveBlob(
      blob,
      fileNameFor(doc, '.flow.json'),
      saveAs ? null : (handles.get(key) ?? null),
    );
    if (handle === 'cancelled') return;
    if (handle) handles.set(key, handle);
    ctx.ui.setState({
      notice: {
        kind: 'info',
        text: ctx.t('file.saved', { name: handle?.name ?? fileNameFor(doc, '.flow.json') }),
      },
    });
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('file.saveFailed', { detail: String(e) }) },
    });
  }
}
