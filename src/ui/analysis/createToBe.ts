import type { ImproveResult } from '@flowsmith/analysis';
import type { TFunction } from 'i18next';
import type { AppServices } from '../EditorContext';
import { currentLang } from '../../i18n/i18n';
import { analysisStore } from './analysisStore';
import { usesWorker } from './analysisRunner';
import { runAnalysisJob } from './runAnalysisJob';
import { createJobLane, JobCancelled, type JobLane } from './workerJobs';

let lane: JobLane | null = null;

/** Stops a to-be derivation running in the worker. */
export function cancelToBe(): void {
  lane?.cancel();
  analysisStore.setState({ toBeRunning: false });
}

/**
 * Derives the to-be of the open document with `improve` (in the worker for big processes) and
 * opens it as a new stored document beside the as-is (`derivedFrom` set by `improve`); the
 * change list is kept for the panel. Nothing is opened when no suggestion helps.
 */
export async function createToBe({ editor, workspace, ui }: AppServices, t: TFunction): Promise<void> {
  const asIs = editor.state.doc;
  const lang = currentLang();
  analysisStore.setState({ toBeRunning: true });
  let result: ImproveResult;
  try {
    if (usesWorker(asIs)) {
      lane ??= createJobLane();
      result = await lane.run({ type: 'improve', doc: asIs, lang });
    } else {
      // Let the "deriving" state paint before the synchronous work.
      await new Promise((r) => setTimeout(r, 0));
      result = runAnalysisJob({ type: 'improve', doc: asIs, lang });
    }
  } catch (e) {
    analysisStore.setState({ toBeRunning: false });
    if (e instanceof JobCancelled) return;
    ui.setState({ notice: { kind: 'error', text: t('analysis.failed', { message: e instanceof Error ? e.message : String(e) }) } });
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
    toBe: { docId: result.document.id, name: result.document.name, asIsName: asIs.name, changes: result.changes, effect: result.effect },
  });
  ui.setState({ notice: { kind: 'info', text: t('analysis.toBeOpened', { name: result.document.name, asIs: asIs.name }) } });
}
