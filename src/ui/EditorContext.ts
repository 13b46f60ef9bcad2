import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/createEditor';
import type { EditorState } from '../editor/editorState';
import type { Workspace } from '../editor/persistence/workspace';
import type { PanelServices } from './panelServices';
import type { UiState, UiStore } from './uiStore';
import type { Workshop } from './workshop/createWorkshop';

/**
 * What every component of the app can reach: the editor of the open document, the workspace,
 * the chrome, and the panels' session stores created with the editor (never shared with another
 * editor or a remote session).
 */
export interface AppServices {
  editor: Editor;
  workspace: Workspace;
  ui: UiStore;
  panels: PanelServices;
  /** The live co-editing session (outside any room until joined). */
  workshop: Workshop;
}

/** Provided once by `App`; components read it through the hooks below. */
export const AppContext = createContext<AppServices | null>(null);

/** The app's services; throws outside `App` (a programming error, not a user one). */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside AppContext');
  return services;
}

/** The panels' stores and the analysis runner of the open editor. */
export function usePanels(): PanelServices {
  return useServices().panels;
}

/** The editor of the open document. */
export function useEditor(): Editor {
  return useServices().editor;
}

/** A slice of the editor state; re-renders only when the selected value changes (by identity). */
export function useEditorState<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditor().store, selector);
}

/** A slice of the chrome state (view, panel, dialog, …). */
export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useServices().ui, selector);
}

/** A slice of the workspace state (save status, document list, conflict). */
export function useWorkspace<T>(
  selector: (state: ReturnType<Workspace['store']['getState']>) => T,
): T {
  return useStore(useServices().workspace.store, selector);
}
