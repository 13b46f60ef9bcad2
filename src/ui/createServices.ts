import { FORMAT_ID, FORMAT_VERSION, type ProcessDocument } from '@flowsmith/model';
import i18next from 'i18next';
import { createEditor } from '../editor/createEditor';
import { officeCalendar } from '../editor/workingHours';
import { createWorkspace } from '../editor/persistence/workspace';
import { currentLang } from '../i18n/i18n';
import type { AppServices } from './EditorContext';
import { createPanelServices } from './panelServices';
import { createUiStore } from './uiStore';
import { createAppWorkshop } from './workshop/appWorkshop';
import { placeMissingSteps } from './layout/placeOnLoad';

const LAST_KEY = 'flowsmith.lastDocument';

/** An empty process named in the interface language, with office hours as its working calendar. */
export function blankDocument(): ProcessDocument {
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    id: `process-${Date.now().toString(36)}`,
    name: i18next.t('doc.untitled'),
    language: currentLang(),
    roles: [],
    calendars: [officeCalendar(currentLang())],
    steps: [],
    flows: [],
  };
}

/** `localStorage` for the unsaved-changes journal, when the page may use it. */
function journalStorage(): { journal?: Storage } {
  try {
    return typeof localStorage !== 'undefined' ? { journal: localStorage } : {};
  } catch {
    return {}; // storage switched off: leaving the page asks instead
  }
}

/**
 * Creates the editor, the workspace (IndexedDB, other tabs), the chrome store and the panels'
 * stores of the app; the panels' stores belong to this editor alone.
 */
export function createServices(): AppServices {
  const editor = createEditor(blankDocument(), { lang: currentLang() });
  const workspace = createWorkspace(editor, {
    ...(typeof indexedDB !== 'undefined' ? { indexedDB } : {}),
    ...(typeof BroadcastChannel !== 'undefined'
      ? { channel: new BroadcastChannel('flowsmith.documents') }
      : {}),
    ...(navigator.storage ? { storage: navigator.storage } : {}),
    lastKey: {
      get: () => {
        try {
          return localStorage.getItem(LAST_KEY);
        } catch {
          return null;
        }
      },
      set: (key) => {
        try {
          localStorage.setItem(LAST_KEY, key);
        } catch {
          // only the "reopen last" convenience is lost
        }
      },
    },
    blankDocument,
    ...journalStorage(),
    lang: currentLang,
    placeSteps: (doc) => placeMissingSteps(doc),
  });
  const ui = createUiStore();
  const workshop = createAppWorkshop(editor, workspace, ui);
  return { editor, workspace, ui, panels: createPanelServices(editor), workshop };
}
