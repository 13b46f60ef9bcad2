import type { Step } from '@flowsmith/model';
import { useEditorState } from '../EditorContext';

/** The step selected alone (nothing else selected), or null. */
export function useSelectedStep(): Step | null {
  return useEditorState((s) => {
    const { steps, flows } = s.selection;
    if (steps.length !== 1 || flows.length !== 0) return null;
    return s.doc.steps.find((x) => x.id === steps[0]) ?? null;
  });
}
