import { useEffect, useMemo, useState } from 'react';
import { predictEffects, type Finding, type PredictedEffect } from '@flowsmith/analysis';
import { useAnalysisState } from './analysisStore';
import { usesWorker } from './analysisRunner';
import { createJobLane, JobCancelled } from './workerJobs';

/** A suggestion's predicted effect: the figures, null when the model refuses it, undefined while pending. */
export type EffectState = PredictedEffect | null | undefined;

/**
 * The predicted effects of a finding's suggestions — only the visible ones: computed while
 * `enabled` (the card is open), incrementally (`predictEffects`), on the main thread for small
 * processes, in the worker for big ones. Effects are
 * predicted against the document the finding came from; each open card of a big process has
 * its own worker, ended when the card closes or the analysis moves on.
 */
export function useSuggestionEffects(finding: Finding, enabled: boolean): EffectState[] {
  const doc = useAnalysisState((s) => s.doc);
  const small = !!doc && !usesWorker(doc);
  const sync = useMemo(() => {
    if (!enabled || !small || !doc) return null;
    // Only this card's suggestions, incrementally (one pass over the figures, then per change).
    const effects = predictEffects(
      doc,
      [finding],
      finding.suggestions.map((s) => s.id),
    );
    return finding.suggestions.map((s) => effects.get(s.id) ?? null);
  }, [enabled, small, doc, finding]);
  const [async, setAsync] = useState<{ finding: Finding; effects: EffectState[] } | null>(null);
  useEffect(() => {
    if (!enabled || small || !doc || finding.suggestions.length === 0) return;
    let live = true;
    // A lane per open card: closing the card (or a newer analysis) terminates its worker.
    const lane = createJobLane();
    lane.run({ type: 'effects', doc, suggestions: finding.suggestions }).then(
      (effects) => live && setAsync({ finding, effects }),
      (e: unknown) => {
        if (!(e instanceof JobCancelled) && live)
          setAsync({ finding, effects: finding.suggestions.map(() => null) });
      },
    );
    return () => {
      live = false;
      lane.cancel();
    };
  }, [enabled, small, doc, finding]);
  if (sync) return sync;
  return async?.finding === finding ? async.effects : finding.suggestions.map(() => undefined);
}
