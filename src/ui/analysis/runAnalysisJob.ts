import { analyze, improve, predictEffects } from '@flowsmith/analysis';
import type { AnalysisJob, AnalysisJobResult } from './analysisProtocol';

/**
 * Runs an analysis job synchronously: the same code the worker runs, used on the main thread for
 * small processes so results feel instant. Pure (no DOM, no state).
 */
export function runAnalysisJob<J extends AnalysisJob>(job: J): AnalysisJobResult[J['type']] {
  switch (job.type) {
    case 'analyze':
      // Effects are predicted lazily for the suggestions on screen (see useSuggestionEffects).
      return analyze(job.doc, { lang: job.lang, effects: false }) as AnalysisJobResult[J['type']];
    case 'effects': {
      // Incremental: the figures once, then each visible suggestion's change (predictEffects).
      const effects = predictEffects(job.doc, [{ suggestions: job.suggestions }]);
      return job.suggestions.map((s) => effects.get(s.id) ?? null) as AnalysisJobResult[J['type']];
    }
    case 'improve':
      return improve(job.doc, {
        lang: job.lang,
        ...(job.takenIds ? { takenIds: job.takenIds } : {}),
      }) as AnalysisJobResult[J['type']];
  }
}
