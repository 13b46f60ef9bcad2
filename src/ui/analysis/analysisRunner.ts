/**
 * Keeps the analysis in step with the open document. While anything retains it (the panel, the
 * canvas layers once the panel was opened) it re-analyses 300 ms after the last change, and when
 * the interface language changes. Small processes run on the main thread so results feel instant;
 * processes over WORKER_THRESHOLD steps run in the worker, where a newer run cancels an older one.
 */
import i18next from 'i18next';
import type { ProcessDocument } from '@flowsmith/model';
import type { Editor } from '../../editor/createEditor';
import { currentLang } from '../../i18n/i18n';
import { runAnalysisJob } from './runAnalysisJob';
import { syncHeat, type HeatStores } from './heatSync';
import { createJobLane, JobCancelled, type JobLane } from './workerJobs';

/** Above this many steps the analysis runs in the worker (about 100 ms on the main thread, measured). */
export const WORKER_THRESHOLD = 200;
/** Quiet time after the last edit before re-analysing. */
export const DEBOUNCE_MS = 300;

/** Whether `doc` is analysed in the worker. Pure. */
export function usesWorker(doc: Pick<ProcessDocument, 'steps'>): boolean {
  return doc.steps.length > WORKER_THRESHOLD;
}

/** Keeps one editor's analysis fresh; one per editor (see `createPanelServices`). */
export interface AnalysisRunner {
  /** Keeps the analysis fresh until the returned function is called (reference-counted). */
  retain(): () => void;
  /** Stops a worker analysis in progress; the figures shown stay those of the last finished run. */
  cancel(): void;
}

/**
 * The runner of `editor`'s analysis, writing into `stores`. It re-analyses after every committed
 * change the editor announces (own edits, undo, redo, loads, a workshop peer's changes), never
 * on a drag's transient frames.
 */
export function createAnalysisRunner(editor: Editor, stores: HeatStores): AnalysisRunner {
  const analysisStore = stores.analysis;
  let holders = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lane: JobLane | null = null;
  let stopWatching: (() => void) | null = null;

  function run(): void {
    timer = null;
    const doc = editor.state.doc;
    const lang = currentLang();
    const s = analysisStore.getState();
    if (s.doc === doc && s.lang === lang && s.status !== 'error') return;
    if (!usesWorker(doc)) {
      lane?.cancel();
      try {
        const result = runAnalysisJob({ type: 'analyze', doc, lang });
        analysisStore.setState({ status: 'idle', inWorker: false, error: null, doc, lang, result });
      } catch (e) {
        analysisStore.setState({
          status: 'error',
          inWorker: false,
          error: e instanceof Error ? e.message : String(e),
        });
      }
      syncHeat(stores);
      return;
    }
    analysisStore.setState({ status: 'running', inWorker: true, error: null });
    lane ??= createJobLane();
    lane.run({ type: 'analyze', doc, lang }).then(
      (result) => {
        analysisStore.setState({ status: 'idle', error: null, doc, lang, result });
        syncHeat(stores);
      },
      (e: unknown) => {
        if (e instanceof JobCancelled) return;
        analysisStore.setState({
          status: 'error',
          error: e instanceof Error ? e.message : String(e),
        });
      },
    );
  }

  function schedule(delay: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  const cancel = () => {
    lane?.cancel();
    if (analysisStore.getState().status === 'running') analysisStore.setState({ status: 'idle' });
  };

  return {
    cancel,
    retain() {
      holders++;
      if (holders === 1) {
        // The seam: one event per committed change; transient drag frames are not announced.
        const unsubscribe = editor.onChange(() => schedule(DEBOUNCE_MS));
        const onLang = () => schedule(0);
        i18next.on('languageChanged', onLang);
        stopWatching = () => {
          unsubscribe();
          i18next.off('languageChanged', onLang);
        };
        schedule(0);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holders--;
        if (holders > 0) return;
        stopWatching?.();
        stopWatching = null;
        if (timer) clearTimeout(timer);
        timer = null;
        cancel();
      };
    },
  };
}
