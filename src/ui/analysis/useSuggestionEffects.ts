import { useEffect, useMemo, useState } from 'react';
import { predictEffect, type Finding, type PredictedEffect } from '@flowsmith/analysis';
import { analysisStore, useAnalysisState } from './analysisStore';
import { usesWorker } from './analysisRunner';
import { createJobLane, JobCancelled } from './workerJobs';

/** A suggestion's predicted effect: the figures, null when the model refuses it, undefined while pending. */
export type EffectState = PredictedEffect | null | undefined;

/**
 * The predicted effects of a finding's suggestions, computed only while `enabled` (the card is
 * open): on the main thread for small processes, in the worker for big ones. Effects are
 * predicted against the document the finding came from; each open card of a big process has
 * its own worker, ended when the card closes or the analysis moves on.
 */
export function useSuggestionEffects(finding: Finding, enabled: boolean): EffectState[] {
  const doc = useAnalysisState((s) => s.doc);
  const small = !!doc && !usesWorker(doc);
  const sync = useMemo(() => {
    if (!enabled || !small || !doc) return null;
    const before = analysisStore.getState().result?.metrics;
    return before ? finding.suggestions.map((s) => predictEffect(doc, before, s) ?? null) : null;
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
