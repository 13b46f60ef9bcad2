import { useEffect } from 'react';
import { useServices } from '../EditorContext';
import { copySelection, deleteCalls, parseFragment, pasteCall } from '../../editor/clipboard';
import { isEditable } from './isEditable';

/**
 * Copy, cut and paste of steps through the browser's clipboard events (so Ctrl+C / Ctrl+V work
 * without clipboard permissions and between tabs). Text fields keep their own clipboard; the
 * table view handles its own paste of spreadsheet rows.
 */
export function useClipboard(): void {
  const { editor, ui } = useServices();
  useEffect(() => {
    let pasteCount = 0;
    const skip = (e: ClipboardEvent) =>
      isEditable(e.target) || ui.getState().view !== 'canvas' || ui.getState().dialog !== null;
    const copy = (e: ClipboardEvent, cut: boolean) => {
      if (skip(e)) return;
      const { doc, selection } = editor.state;
      const fragment = copySelection(doc, selection);
      if (!fragment || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', JSON.stringify(fragment));
      pasteCount = 0;
      if (cut) editor.execute(deleteCalls(doc, selection), 'cut');
    };
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    const onPaste = (e: ClipboardEvent) => {
      if (skip(e)) return;
      const fragment = parseFragment(e.clipboardData?.getData('text/plain') ?? '');
      if (!fragment) return;
      e.preventDefault();
      pasteCount += 1;
      const { call, stepIds } = pasteCall(editor.state.doc, fragment, {
        x: 40 * pasteCount,
        y: 40 * pasteCount,
      });
      if (editor.execute(call, 'paste').ok) editor.select({ steps: stepIds, flows: [] });
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [editor, ui]);
}
