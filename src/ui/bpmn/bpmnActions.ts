/**
 * File menu actions for BPMN: import a `.bpmn` from any modeler (parsed in a worker; warnings
 * shown in the BPMN panel; a file that cannot be read opens nothing and lists why), also with a
 * Prosimos simulation parameters file beside it, and export the open process as BPMN 2.0 with
 * diagram, `flowsmith:` extensions and its simulation data as BPSim and QBP.
 */
import type { Action, ActionContext } from '../actions/action';
import { fileNameFor, pickTextFile, saveBlob, type FileKind } from '../files/fileAccess';
import { currentLang } from '../../i18n/i18n';
import { exportBpmnInWorker, importBpmnInWorker } from './bpmnWorkerClient';
import './strings';

const BPMN_TYPES = [{ description: 'BPMN 2.0', accept: { 'application/xml': ['.bpmn', '.xml'] } }];
const BPMN_FILES: FileKind = { types: BPMN_TYPES, accept: '.bpmn,.xml,application/xml,text/xml' };
const PROSIMOS_FILES: FileKind = {
  types: [{ description: 'Prosimos parameters', accept: { 'application/json': ['.json'] } }],
  accept: '.json,application/json',
};

/**
 * Imports BPMN text as new stored documents (sub-processes first, the main one opened last), with
 * the Prosimos parameters file `prosimos` applied when given; a parameters file that cannot be
 * applied opens nothing and lists its problems by JSON path.
 */
export async function importBpmnText(
  ctx: ActionContext,
  xml: string,
  fileName: string,
  prosimos?: { text: string; name: string },
): Promise<boolean> {
  ctx.ui.setState({ notice: { kind: 'info', text: ctx.t('bpmn.importing', { name: fileName }) } });
  let result;
  try {
    const bare = fileName.replace(/\.(bpmn2?|bpmn\.xml|xml)$/i, '');
    result = await importBpmnInWorker(xml, currentLang(), prosimos?.text, bare);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    ctx.ui.setState({
      notice: null,
      dialog: {
        type: 'problems',
        fileName,
        problems: [{ path: '', code: 'bpmn-import', message }],
      },
    });
    return false;
  }
  if (result.parameterProblems) {
    const problems = result.parameterProblems;
    ctx.ui.setState({
      notice: null,
      dialog: { type: 'problems', fileName: prosimos!.name, problems },
    });
    return false;
  }
  const [main, ...children] = result.documents;
  if (!main) return false;
  for (const child of children) await ctx.workspace.openAsNew(child);
  await ctx.workspace.openAsNew(main);
  ctx.panels.bpmnImport.setState({
    report: { fileName, warnings: result.warnings, documents: result.documents.map((d) => d.name) },
  });
  ctx.ui.setState({
    panel: 'bpmn',
    notice: {
      kind: 'info',
      text: ctx.t('bpmn.imported', {
        name: fileName,
        count: result.documents.length,
        warnings: result.warnings.length,
      }),
    },
  });
  return true;
}

async function importFile(ctx: ActionContext) {
  try {
    const picked = await pickTextFile(BPMN_FILES);
    if (picked) await importBpmnText(ctx, picked.text, picked.name);
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('file.openFailed', { detail: String(e) }) },
    });
  }
}

/** Asks for the BPMN model, then for its Prosimos parameters (JSON, seconds), and imports both. */
async function importWithProsimos(ctx: ActionContext) {
  try {
    const bpmn = await pickTextFile(BPMN_FILES);
    if (!bpmn) return;
    ctx.ui.setState({
      notice: { kind: 'info', text: ctx.t('bpmn.pickProsimos', { name: bpmn.name }) },
    });
    const params = await pickTextFile(PROSIMOS_FILES);
    if (!params) {
      ctx.ui.setState({ notice: null });
      return;
    }
    await importBpmnText(ctx, bpmn.text, bpmn.name, params);
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('file.openFailed', { detail: String(e) }) },
    });
  }
}

async function exportFile(ctx: ActionContext) {
  const doc = ctx.editor.state.doc;
  try {
    const xml = await exportBpmnInWorker(doc);
    const name = fileNameFor(doc, '.bpmn');
    const r = await saveBlob(new Blob([xml], { type: 'application/xml' }), name, null, BPMN_TYPES);
    if (r !== 'cancelled')
      ctx.ui.setState({ notice: { kind: 'info', text: ctx.t('bpmn.exported', { name }) } });
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('bpmn.exportFailed', { detail: String(e) }) },
    });
  }
}

/** The BPMN actions of the File menu. */
export const bpmnActions: Action[] = [
  { id: 'bpmn.import', titleKey: 'bpmn.import', menu: 'file', run: importFile },
  {
    id: 'bpmn.importProsimos',
    titleKey: 'bpmn.importProsimos',
    menu: 'file',
    run: importWithProsimos,
  },
  { id: 'bpmn.export', titleKey: 'bpmn.export', menu: 'file', run: exportFile },
];
