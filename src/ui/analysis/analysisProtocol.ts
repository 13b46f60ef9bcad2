/** Messages between the app and the analysis worker (src/workers/analysis.worker.ts). */
import type {
  AnalysisResult,
  ImproveResult,
  PredictedEffect,
  Suggestion,
} from '@flowsmith/analysis';
import type { Lang, ProcessDocument } from '@flowsmith/model';

/** A job for the worker: analyse, predict suggestion effects, or derive a to-be. */
export type AnalysisJob =
  | { type: 'analyze'; doc: ProcessDocument; lang: Lang }
  | { type: 'effects'; doc: ProcessDocument; suggestions: Suggestion[] }
  | { type: 'improve'; doc: ProcessDocument; lang: Lang; takenIds?: string[] };

/** What each job type answers with. */
export interface AnalysisJobResult {
  analyze: AnalysisResult;
  /** One per suggestion, in order; null when the model refuses it. */
  effects: Array<PredictedEffect | null>;
  improve: ImproveResult;
}

/** A request: a job and its id. */
export type AnalysisRequest = AnalysisJob & { id: number };

/** The worker's answer to request `id`. */
export type AnalysisResponse =
  | { id: number; ok: true; result: AnalysisJobResult[AnalysisJob['type']] }
  | { id: number; ok: false; message: string };
