import type { Suggestion } from '@flowsmith/analysis';
import type { TFunction } from 'i18next';
import type { Editor } from '../../editor/createEditor';
import type { UiStore } from '../uiStore';

/**
 * Applies a suggestion's commands through the editor as ONE undo step (`editor.execute` runs a
 * list of calls all-or-nothing and squashes their patches into one history entry), and says so
 * in the status bar. Returns whether it was applied.
 */
export function applySuggestionInEditor(
  editor: Editor,
  ui: UiStore,
  t: TFunction,
  suggestion: Suggestion,
): boolean {
  const r = editor.execute(suggestion.commands, `analysis.${suggestion.move}`);
  ui.setState({
    notice: r.ok
      ? { kind: 'info', text: t('analysis.applied', { message: suggestion.message }) }
      : { kind: 'error', text: t('analysis.refused', { message: r.refusal.message }) },
  });
  return r.ok;
}
