import { useEffect } from 'react';
import { useServices } from '../EditorContext';

// Panels that edit the document's lists: selecting a step or flow there means "show me it".
const LIST_PANELS = new Set(['roles', 'data', 'risks']);

/**
 * Shows the inspector when something gets selected while a list panel (roles, data, risks) is
 * open; other panels (analysis, simulation, …) stay put, since they read the selection too.
 */
export function useInspectorFollowsSelection(): void {
  const { editor, ui } = useServices();
  useEffect(
    () =>
      editor.store.subscribe((s, prev) => {
        if (s.selection === prev.selection) return;
        const count = s.selection.steps.length + s.selection.flows.length;
        if (count > 0 && LIST_PANELS.has(ui.getState().panel)) ui.setState({ panel: 'inspector' });
      }),
    [editor, ui],
  );
}
