import type { TFunction } from 'i18next';
import type { Editor } from '../../editor/createEditor';
import type { Workspace } from '../../editor/persistence/workspace';
import type { PanelServices } from '../panelServices';
import type { UiStore } from '../uiStore';
import type { Workshop } from '../workshop/createWorkshop';

/** What an action can reach when it runs. */
export interface ActionContext {
  editor: Editor;
  workspace: Workspace;
  ui: UiStore;
  panels: PanelServices;
  workshop: Workshop;
  t: TFunction;
}

/** The menus of the top bar; an action appears in one. */
export type MenuId = 'file' | 'edit' | 'view' | 'arrange' | 'help';

/**
 * A command of the app's chrome (menu item, toolbar button, shortcut): one object each, listed in
 * `registry.ts`. `keys` are shortcuts like `Mod+Z` (Mod = Ctrl, or ⌘ on a Mac); the help dialog
 * lists them. `clipboard` marks keys handled by the browser's copy/cut/paste events instead.
 */
export interface Action {
  id: string;
  titleKey: string;
  menu: MenuId;
  icon?: string;
  keys?: readonly string[];
  /** Shown as a button in the toolbar too. */
  toolbar?: boolean;
  clipboard?: boolean;
  /** Also runs while the focus is in a text field (e.g. save). */
  global?: boolean;
  enabled?: (ctx: ActionContext) => boolean;
  run: (ctx: ActionContext) => void | Promise<void>;
}
