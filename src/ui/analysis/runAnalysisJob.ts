import { analyze, improve, predictEffect } from '@flowsmith/analysis';
import type { AnalysisJob, AnalysisJobResult } from './analysisProtocol';

/**
 * Runs an analysis job synchronously: the same code the worker runs, used on the main thread for
 * small processes so results feel instant. Pure (no DOM, no state).
 */
export function runAnalysisJob<J extends AnalysisJob>(job: J): AnalysisJobResult[J['type']] {
  switch (job.type) {
    case 'analyze':
      // Effects are predicted lazily per finding (see useSuggestionEffects): all of them at once
      // costs one full recomputation per suggestion.
      return analyze(job.doc, { lang: job.lang, effects: false }) as AnalysisJobResult[J['type']];
    case 'effects': {
      const before = analyze(job.doc, { suggestions: false }).metrics;
      return job.suggestions.map(
        (s) => predictEffect(job.doc, before, s) ?? null,
      ) as AnalysisJobResult[J['type']];
    }
    case 'improve':
      return improve(job.doc, { lang: job.lang }) as AnalysisJobResult[J['type']];
  }
}
