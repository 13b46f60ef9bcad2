import { useCallback } from 'react';
import type { CommandCall } from '@flowsmith/model';
import { useEditor } from '../../EditorContext';

/**
 * Runs calls as one undo step; returns null on success or the refusal's sentence, which the
 * field shows under itself (the draft stays, nothing is silently dropped).
 */
export function useCommit(): (calls: CommandCall | CommandCall[], label?: string) => string | null {
  const editor = useEditor();
  return useCallback(
    (calls, label) => {
      const r = editor.execute(calls, label);
      return r.ok ? null : r.refusal.message;
    },
    [editor],
  );
}
