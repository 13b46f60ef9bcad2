import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gallery, generateProcess } from '@flowsmith/model';
import { createEditor, type Editor } from '../../editor/createEditor';
import { createPanelServices, type PanelServices } from '../panelServices';
import { DEBOUNCE_MS, usesWorker, WORKER_THRESHOLD } from './analysisRunner';
import { setAnalysisHeat } from './heatSync';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

let panels: PanelServices;
let analysisStore: PanelServices['analysis'];
let heatStore: PanelServices['heat'];
/** The editor's panels, as the app creates them; `retainAnalysis` retains its runner. */
function withPanels(editor: Editor): Editor {
  panels = createPanelServices(editor);
  analysisStore = panels.analysis;
  heatStore = panels.heat;
  return editor;
}
const retainAnalysis = (_editor: Editor) => panels.analysisRunner.retain();

describe('usesWorker', () => {
  it('sends only processes above the threshold to the worker', () => {
    expect(usesWorker(gallery.mm1)).toBe(false);
    expect(usesWorker(generateProcess({ steps: WORKER_THRESHOLD + 50, seed: 3 }))).toBe(true);
  });
});

describe('retainAnalysis', () => {
  it('analyses at once, then again only after the edits have paused', () => {
    const editor = withPanels(createEditor(gallery.doubleApproval));
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    expect(analysisStore.getState().doc).toBe(editor.state.doc);
    const first = analysisStore.getState().result;
    expect(first?.findings.some((f) => f.kind === 'redundant-approval')).toBe(true);

    const step = editor.state.doc.steps.find((s) => s.type === 'task')!;
    editor.execute({ id: 'step.update', params: { id: step.id, changes: { name: 'renamed' } } });
    vi.advanceTimersByTime(DEBOUNCE_MS - 50);
    editor.execute({
      id: 'step.update',
      params: { id: step.id, changes: { name: 'renamed again' } },
    });
    vi.advanceTimersByTime(DEBOUNCE_MS - 50);
    expect(analysisStore.getState().result).toBe(first);
    vi.advanceTimersByTime(100);
    expect(analysisStore.getState().doc).toBe(editor.state.doc);
    expect(analysisStore.getState().result).not.toBe(first);
    release();
  });

  it('stops following the document when released', () => {
    const editor = withPanels(createEditor(gallery.mm1));
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    release();
    release(); // twice is harmless
    editor.execute({ id: 'step.update', params: { id: 'serve', changes: { name: 'x' } } });
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(analysisStore.getState().doc).not.toBe(editor.state.doc);
  });

  it('keeps the heat overlay in step while it is on, and clears only its own heat', () => {
    const editor = withPanels(createEditor(gallery.mm1));
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    setAnalysisHeat(panels, 'utilization');
    expect(heatStore.getState().heat?.source).toBe('analysis');
    expect(heatStore.getState().heat?.steps.serve?.utilization).toBeCloseTo(0.8);
    editor.execute({ id: 'role.update', params: { id: 'clerk', changes: { capacity: 2 } } });
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(heatStore.getState().heat?.steps.serve?.utilization).toBeCloseTo(0.4);

    // The simulation takes over: the analysis switch goes off and leaves that heat alone.
    heatStore.setState({
      heat: { source: 'simulation', label: 'sim', steps: { serve: { waitMean: 3 } } },
    });
    expect(analysisStore.getState().heat).toBeNull();
    setAnalysisHeat(panels, null);
    expect(heatStore.getState().heat?.source).toBe('simulation');
    release();
  });

  it('re-analyses after a remote change and on a drag commit, not per drag frame', () => {
    const editor = withPanels(createEditor(gallery.mm1));
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    const peer = createEditor(editor.state.doc);
    const r = peer.execute({ id: 'step.update', params: { id: 'serve', changes: { name: 'y' } } });
    if (!r.ok) throw new Error('refused');
    editor.applyRemote(r.patch);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(analysisStore.getState().doc).toBe(editor.state.doc);
    editor.beginGesture('steps.move');
    editor.gestureExecute({
      id: 'steps.move',
      params: { moves: [{ id: 'serve', position: { x: 5, y: 5 } }] },
    });
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(analysisStore.getState().doc).not.toBe(editor.state.doc);
    editor.commitGesture();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(analysisStore.getState().doc).toBe(editor.state.doc);
    release();
  });

  it('gives two editors their own stores: one analysis never shows in the other', () => {
    const a = withPanels(createEditor(gallery.mm1));
    const panelsA = panels;
    const releaseA = retainAnalysis(a);
    const b = withPanels(createEditor(gallery.doubleApproval));
    vi.advanceTimersByTime(0);
    expect(panelsA.analysis.getState().doc).toBe(a.state.doc);
    expect(panels.analysis.getState().doc).toBeNull();
    expect(b.state.doc).not.toBe(a.state.doc);
    releaseA();
  });
});
