import { useEffect } from 'react';
import { useServices } from '../EditorContext';

/** Writes pending changes when the tab is hidden or the page is closed (DESIGN.md rule 10). */
export function useFlushOnHide(): void {
  const { workspace } = useServices();
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void workspace.flush();
    };
    const onPageHide = () => void workspace.flush();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void workspace.flush();
      const status = workspace.store.getState().status;
      // Only ask when the write may not make it: it failed, or another tab conflicts.
      if (status.state === 'error' || workspace.store.getState().conflict) e.preventDefault();
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
