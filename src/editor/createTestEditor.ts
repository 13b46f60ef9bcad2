/**
 * A small harness to drive the editor core in tests without a DOM: `execute`, `undo`, `redo`,
 * and pointer helpers that go through the same drag transaction the canvas uses.
 */
import { build, type CommandCall, type ProcessDocument } from '@flowsmith/model';
import { createEditor, type Editor } from './createEditor';
import { startStepDrag, type StepDrag } from './dragSteps';

/** The harness; see the module comment. */
export interface TestEditor {
  editor: Editor;
  readonly doc: ProcessDocument;
  execute(calls: CommandCall | CommandCall[]): void;
  undo(): void;
  redo(): void;
  pointer: {
    /** Presses on the steps `ids` (a multi-selection) and starts dragging them. */
    down(...ids: string[]): void;
    /** Moves the pointer by `dx, dy` from where it was pressed. */
    move(dx: number, dy: number): void;
    up(): void;
  };
  key(name: 'Escape'): void;
}

/** Wraps `createEditor(doc)`; throws when a call is refused so tests fail loudly. */
export function createTestEditor(
  doc: ProcessDocument,
  options: { grid?: number } = {},
): TestEditor {
  const editor = createEditor(doc);
  let drag: StepDrag | null = null;
  return {
    editor,
    get doc() {
      return editor.state.doc;
    },
    execute(calls) {
      const r = editor.execute(calls);
      if (!r.ok) throw new Error(`refused: ${r.refusal.code}: ${r.refusal.message}`);
    },
    undo: () => void editor.undo(),
    redo: () => void editor.redo(),
    pointer: {
      down(...ids) {
        editor.select({ steps: ids, flows: [] });
        drag = startStepDrag(editor, ids, options);
      },
      move(dx, dy) {
        drag?.move({ x: dx, y: dy });
      },
      up() {
        drag?.end();
        drag = null;
      },
    },
    key(name) {
      if (name === 'Escape') {
        drag?.cancel();
        drag = null;
      }
    },
  };
}

/** A placed four-step chain `s → a → b → e`, one clerk lane: the editor tests' smallest map. */
export function placedChain(): ProcessDocument {
  const { processOf, start, end, task, chain, role } = build;
  return processOf('p', {
    roles: [role('clerk')],
    steps: [
      { ...start('s'), position: { x: 50, y: 80 } },
      { ...task('a', 'clerk'), position: { x: 200, y: 80 } },
      { ...task('b', 'clerk'), position: { x: 350, y: 80 } },
      { ...end('e'), position: { x: 500, y: 80 } },
    ],
    flows: chain('s', 'a', 'b', 'e'),
  });
}
