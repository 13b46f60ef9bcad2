import { useEffect } from 'react';
import { useServices } from '../EditorContext';

/**
 * Keeps the last edit when the page goes (DESIGN.md rule 10): on tab hide, `pagehide` and
 * `beforeunload` the workspace journals unsaved changes synchronously and starts the write;
 * `beforeunload` asks before leaving when a write failed, a conflict is open, or the changes
 * could not be journaled (`Workspace.pageLeaving`).
 */
export function useFlushOnHide(): void {
  const { workspace } = useServices();
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') workspace.pageLeaving('hidden');
    };
    const onPageHide = () => void workspace.pageLeaving('pagehide');
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (workspace.pageLeaving('beforeunload')) {
        e.preventDefault();
        // Older browsers ask only when returnValue is set.
        e.returnValue = '';
      }
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [workspace]);
}
