import type { CoEditable } from '@flowsmith/collab';
import type { Editor } from './createEditor';

/**
 * The editor as `bindProcess` (from `@flowsmith/collab`) sees it: its own committed changes
 * (commands, gesture commits, undo, redo) go out; remote ones come in through `applyRemote`.
 * Loads are not sent: opening another process leaves the room (the workshop session decides).
 */
export function coEditable(editor: Editor): CoEditable {
  return {
    get doc() {
      return editor.state.doc;
    },
    applyRemote: (patch) => editor.applyRemote(patch),
    resync: (doc) => editor.resync(doc),
    onLocalChange(listener) {
      return editor.onChange((change) => {
        if (change.source === 'user' || change.source === 'undo' || change.source === 'redo')
          listener(change.patch);
      });
    },
  };
}
