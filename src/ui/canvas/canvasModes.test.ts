import { describe, expect, it } from 'vitest';
import { build } from '@flowsmith/model';
import { createEditor } from '../../editor/createEditor';
import { canvasModes, cancelConnect, startConnect, startLabelEdit } from './canvasModes';

const { processOf, task, start } = build;
const doc = processOf('p', {
  steps: [start('s'), task('a', undefined), task('b', undefined)],
  flows: [],
});

describe('the connect mode', () => {
  it('connects the source to the next step selected, as one undo step, and ends', () => {
    const editor = createEditor(doc);
    editor.select({ steps: ['a'], flows: [] });
    startConnect(editor, 'a');
    expect(canvasModes.getState().connectFrom).toBe('a');
    editor.select({ steps: ['a'], flows: [] }); // the source itself again: still waiting
    expect(canvasModes.getState().connectFrom).toBe('a');
    editor.select({ steps: ['b'], flows: [] });
    expect(editor.state.doc.flows).toEqual([{ id: 'flow-1', from: 'a', to: 'b' }]);
    expect(editor.state.selection).toEqual({ steps: [], flows: ['flow-1'] });
    expect(canvasModes.getState().connectFrom).toBeNull();
    editor.select({ steps: ['s'], flows: [] }); // the mode is over: nothing more happens
    expect(editor.state.doc.flows).toHaveLength(1);
    editor.undo();
    expect(editor.state.doc.flows).toEqual([]);
  });

  it('ends without connecting when the selection is cleared, or on cancel or a name edit', () => {
    const editor = createEditor(doc);
    editor.select({ steps: ['a'], flows: [] });
    startConnect(editor, 'a');
    editor.select({ steps: [], flows: [] });
    expect(canvasModes.getState().connectFrom).toBeNull();
    startConnect(editor, 'a');
    cancelConnect();
    expect(canvasModes.getState().connectFrom).toBeNull();
    startConnect(editor, 'a');
    startLabelEdit('b');
    expect(canvasModes.getState()).toMatchObject({ connectFrom: null, editing: 'b' });
    editor.select({ steps: ['b'], flows: [] });
    expect(editor.state.doc.flows).toEqual([]);
  });

  it('leaves a refused connection out (nothing flows into a start)', () => {
    const editor = createEditor(doc);
    startConnect(editor, 'a');
    editor.select({ steps: ['s'], flows: [] });
    expect(editor.state.doc.flows).toEqual([]);
    expect(editor.state.refusal).not.toBeNull();
  });
});
