import { useEffect } from 'react';
import { useEditor } from '../EditorContext';
import { retainAnalysis } from './analysisRunner';

/** Keeps the analysis of the open document fresh while the calling component is mounted and `enabled`. */
export function useRetainAnalysis(enabled = true): void {
  const editor = useEditor();
  useEffect(() => (enabled ? retainAnalysis(editor) : undefined), [editor, enabled]);
}
