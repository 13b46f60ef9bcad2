import { documentSvg, svgToPng } from '../export/documentSvg';
import { saveBlob, fileNameFor } from '../files/fileAccess';
import { openFile, saveFile } from '../files/documentFiles';
import type { Action, ActionContext } from './action';

async function exportImage(ctx: ActionContext, kind: 'svg' | 'png') {
  const doc = ctx.editor.state.doc;
  try {
    const svg = documentSvg(doc);
    const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
    const types = [{ description: kind.toUpperCase(), accept: { [blob.type]: [`.${kind}`] } }];
    const r = await saveBlob(blob, fileNameFor(doc, `.${kind}`), null, types);
    if (r !== 'cancelled')
      ctx.ui.setState({
        notice: { kind: 'info', text: ctx.t('file.exported', { kind: kind.toUpperCase() }) },
      });
  } catch (e) {
    ctx.ui.setState({
      notice: { kind: 'error', text: ctx.t('file.exportFailed', { detail: String(e) }) },
    });
  }
}

/** Documents and files: new, list, open, save, export, examples. */
export const fileActions: Action[] = [
  {
    id: 'file.new',
    titleKey: 'action.new',
    menu: 'file',
    icon: '＋',
    run: (ctx) => ctx.workspace.newDocument(),
  },
  {
    id: 'file.documents',
    titleKey: 'action.documents',
    menu: 'file',
    icon: '☰',
    toolbar: true,
    run: (ctx) => ctx.ui.setState({ dialog: { type: 'documents' } }),
  },
  {
    id: 'file.open',
    titleKey: 'action.open',
    menu: 'file',
    keys: ['Mod+O'],
    global: true,
    run: openFile,
  },
  {
    id: 'file.save',
    titleKey: 'action.save',
    menu: 'file',
    keys: ['Mod+S'],
    global: true,
    run: (ctx) => saveFile(ctx, false),
  },
  {
    id: 'file.saveAs',
    titleKey: 'action.saveAs',
    menu: 'file',
    keys: ['Mod+Shift+S'],
    global: true,
    run: (ctx) => saveFile(ctx, true),
  },
  {
    id: 'file.exportPng',
    titleKey: 'action.exportPng',
    menu: 'file',
    run: (ctx) => exportImage(ctx, 'png'),
  },
  {
    id: 'file.exportSvg',
    titleKey: 'action.exportSvg',
    menu: 'file',
    run: (ctx) => exportImage(ctx, 'svg'),
  },
  {
    id: 'file.examples',
    titleKey: 'action.examples',
    menu: 'file',
    run: (ctx) => ctx.ui.setState({ dialog: { type: 'examples' } }),
  },
];
