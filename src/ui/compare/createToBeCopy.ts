import type { ProcessDocument } from '@flowsmith/model';
import type { TFunction } from 'i18next';
import type { AppServices } from '../EditorContext';

/** A document id not yet used by a stored process: `<id>-to-be`, then `-to-be-2`, … Pure. */
export function toBeCopyId(id: string, taken: ReadonlySet<string>): string {
  const base = `${id.replace(/-as-is$/, '')}-to-be`;
  let out = base;
  for (let n = 2; taken.has(out); n++) out = `${base}-${n}`;
  return out;
}

/**
 * Opens a copy of the open process as a new stored to-be variant (`derivedFrom` the as-is, a
 * fresh id and name); every later edit is an ordinary undoable change of that document. The
 * compare panel then pairs the two.
 */
export async function createToBeCopy(
  { editor, workspace, ui, panels }: AppServices,
  t: TFunction,
): Promise<void> {
  const asIs = editor.state.doc;
  const taken = new Set(workspace.store.getState().documents.map((d) => d.documentId));
  const copy: ProcessDocument = {
    ...structuredClone(asIs),
    id: toBeCopyId(asIs.id, taken),
    name: t('compare.copyName', {
      name: asIs.name.replace(/[（(]现状[)）]|\(as-is\)/i, '').trim(),
    }),
    derivedFrom: asIs.id,
  };
  await workspace.openAsNew(copy);
  panels.compare.setState({ partnerKey: undefined });
  ui.setState({
    panel: 'compare',
    notice: { kind: 'info', text: t('compare.copied', { name: copy.name, asIs: asIs.name }) },
  });
}
