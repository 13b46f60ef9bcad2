import type { ImproveResult } from '@flowsmith/analysis';
import type { Lang, ProcessDocument } from '@flowsmith/model';
import type { TFunction } from 'i18next';
import type { AppServices } from '../EditorContext';
import { currentLang } from '../../i18n/i18n';
import type { AnalysisStore } from './analysisStore';
import { usesWorker } from './analysisRunner';
import { runAnalysisJob } from './runAnalysisJob';
import { createJobLane, JobCancelled, type JobLane } from './workerJobs';

let lane: JobLane | null = null;

/** Stops a to-be derivation running in the worker. */
export function cancelToBe(analysisStore: AnalysisStore): void {
  lane?.cancel();
  analysisStore.setState({ toBeRunning: false });
}

function improveSomewhere(
  doc: ProcessDocument,
  lang: Lang,
  takenIds: string[] = [],
): Promise<ImproveResult> {
  if (usesWorker(doc)) {
    lane ??= createJobLane();
    return lane.run({ type: 'improve', doc, lang, takenIds });
  }
  // Let the "deriving" state paint before the synchronous work.
  return new Promise((ok) => setTimeout(ok, 0)).then(() =>
    runAnalysisJob({ type: 'improve', doc, lang, takenIds }),
  );
}

/**
 * Says the last to-be's changes again in `lang`: `improve` is deterministic, so re-deriving from
 * the same as-is gives the same changes with their sentences in the new language.
 */
export async function translateToBe(analysisStore: AnalysisStore, lang: Lang): Promise<void> {
  const toBe = analysisStore.getState().toBe;
  if (!toBe || toBe.lang === lang) return;
  try {
    const result = await improveSomewhere(toBe.asIs, lang);
    if (analysisStore.getState().toBe !== toBe) return;
    analysisStore.setState({
      toBe: { ...toBe, lang, changes: result.changes, effect: result.effect },
    });
  } catch {
    // Cancelled or failed: the list stays in the language it was made in.
  }
}

/**
 * Derives the to-be of the open document with `improve` (in the worker for big processes) and
 * opens it as a new stored document beside the as-is (`derivedFrom` set by `improve`); the
 * change list is kept for the panel. Nothing is opened when no suggestion helps.
 */
export async function createToBe(
  { editor, workspace, ui, panels }: AppServices,
  t: TFunction,
): Promise<void> {
  const analysisStore = panels.analysis;
  const asIs = editor.state.doc;
  const lang = currentLang();
  analysisStore.setState({ toBeRunning: true });
  let result: ImproveResult;
  try {
    // The to-be's id collides with no stored process (the shipped to-be example among them).
    const taken = workspace.store.getState().documents.map((d) => d.documentId);
    result = await improveSomewhere(asIs, lang, taken);
  } catch (e) {
    analysisStore.setState({ toBeRunning: false });
    if (e instanceof JobCancelled) return;
    ui.setState({
      notice: {
        kind: 'error',
        text: t('analysis.failed', { message: e instanceof Error ? e.message : String(e) }),
      },
    });
    return;
  }
  if (result.changes.length === 0) {
    analysisStore.setState({ toBeRunning: false });
    ui.setState({ notice: { kind: 'info', text: t('analysis.toBeNone') } });
    return;
  }
  await workspace.openAsNew(result.document);
  analysisStore.setState({
    toBeRunning: false,
    toBe: {
      docId: result.document.id,
      asIs,
      lang,
      name: result.document.name,
      asIsName: asIs.name,
      changes: result.changes,
      effect: result.effect,
    },
  });
  ui.setState({
    notice: {
      kind: 'info',
      text: t('analysis.toBeOpened', { name: result.document.name, asIs: asIs.name }),
    },
  });
}
