import { useEffect } from 'react';
import { usePanels } from '../EditorContext';

/** Keeps the analysis of the open document fresh while the calling component is mounted and `enabled`. */
export function useRetainAnalysis(enabled = true): void {
  const { analysisRunner } = usePanels();
  useEffect(() => (enabled ? analysisRunner.retain() : undefined), [analysisRunner, enabled]);
}
