import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gallery, generateProcess } from '@flowsmith/model';
import { createEditor } from '../../editor/createEditor';
import { heatStore } from '../heat/heatStore';
import { analysisStore } from './analysisStore';
import { DEBOUNCE_MS, retainAnalysis, usesWorker, WORKER_THRESHOLD } from './analysisRunner';
import { setAnalysisHeat } from './heatSync';

beforeEach(() => {
  vi.useFakeTimers();
  analysisStore.setState({ doc: null, result: null, status: 'idle', heat: null });
  heatStore.setState({ heat: null });
});
afterEach(() => vi.useRealTimers());

describe('usesWorker', () => {
  it('sends only processes above the threshold to the worker', () => {
    expect(usesWorker(gallery.mm1)).toBe(false);
    expect(usesWorker(generateProcess({ steps: WORKER_THRESHOLD + 50, seed: 3 }))).toBe(true);
  });
});

describe('retainAnalysis', () => {
  it('analyses at once, then again only after the edits have paused', () => {
    const editor = createEditor(gallery.doubleApproval);
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
    const editor = createEditor(gallery.mm1);
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    release();
    release(); // twice is harmless
    editor.execute({ id: 'step.update', params: { id: 'serve', changes: { name: 'x' } } });
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(analysisStore.getState().doc).not.toBe(editor.state.doc);
  });

  it('keeps the heat overlay in step while it is on, and clears only its own heat', () => {
    const editor = createEditor(gallery.mm1);
    const release = retainAnalysis(editor);
    vi.advanceTimersByTime(0);
    setAnalysisHeat('utilization');
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
    setAnalysisHeat(null);
    expect(heatStore.getState().heat?.source).toBe('simulation');
    release();
  });
});
